package club.lasertag.crm.telegram.briefings;

import club.lasertag.crm.persistence.JooqPorts;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteBriefingJobTest extends BriefingJobContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    JooqPorts ports() {
        return sqlite.ports();
    }
}
