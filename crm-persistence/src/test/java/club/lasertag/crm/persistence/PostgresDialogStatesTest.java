package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDialogStatesTest extends DialogStatesContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    DialogStates dialogStates() {
        return postgres.ports().dialogStates();
    }
}
