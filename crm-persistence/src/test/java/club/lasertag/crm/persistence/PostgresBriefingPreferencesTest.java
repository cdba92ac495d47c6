package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.BriefingPreferences;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresBriefingPreferencesTest extends BriefingPreferencesContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    BriefingPreferences preferences() {
        return postgres.ports().briefingPreferences();
    }
}
