package club.lasertag.crm.persistence;

import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import club.lasertag.crm.persistence.testing.TestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMoneyTest extends MoneyContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    TestPorts database() {
        return postgres;
    }
}
