package club.lasertag.crm.persistence;

import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import club.lasertag.crm.persistence.testing.TestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteMoneyTest extends MoneyContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    TestPorts database() {
        return sqlite;
    }
}
