package club.lasertag.crm.persistence;

import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteNameSearchPlansTest extends NameSearchPlansContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    DSLContext db() {
        return sqlite.db();
    }
}
