package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteDialogStatesTest extends DialogStatesContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    DialogStates dialogStates() {
        return sqlite.ports().dialogStates();
    }
}
