package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * For the benchmarks: the clients port with the name search's plans from before the name words (migration V5),
 * to measure both in the same run. In crm-persistence's package, since {@link JooqClients} is package-private.
 */
public final class NameSearchPlans {

    private NameSearchPlans() {
    }

    public static Clients withoutNameWords(DataSource dataSource, SQLDialect dialect) {
        return new JooqClients(DSL.using(dataSource, dialect), JooqClients.NameSearchTuning.WITHOUT_NAME_WORDS);
    }
}
