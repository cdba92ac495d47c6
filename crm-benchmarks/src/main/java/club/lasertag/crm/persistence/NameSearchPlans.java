package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * For the benchmarks: the clients port with the name search's plans from before the name words (migration V5),
 * to measure both in the same run (the ratio in docs/benchmarks.md). In crm-persistence's package, since
 * {@link JooqClients} and its tuning are package-private: the one place the benchmarks reach past the adapter's
 * public API (BenchmarksArchitectureTest checks {@code club.lasertag.crm.benchmarks} only), kept out of that API
 * because nothing but this comparison needs the old plans. Delete it with those benchmark methods once the
 * comparison is no longer wanted.
 */
public final class NameSearchPlans {

    private NameSearchPlans() {
    }

    public static Clients withoutNameWords(DataSource dataSource, SQLDialect dialect) {
        return new JooqClients(DSL.using(dataSource, dialect), JooqClients.NameSearchTuning.WITHOUT_NAME_WORDS);
    }
}
