package club.lasertag.crm.persistence;

import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresNameSearchPlansTest extends NameSearchPlansContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    DSLContext db() {
        return postgres.db();
    }
}
