package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.BriefingPreferences;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteBriefingPreferencesTest extends BriefingPreferencesContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    BriefingPreferences preferences() {
        return sqlite.ports().briefingPreferences();
    }
}
