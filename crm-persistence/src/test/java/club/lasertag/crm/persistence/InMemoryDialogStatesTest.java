package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.chat.testing.InMemoryDialogStates;

/** The in-memory fake honours the same contract as the databases. */
class InMemoryDialogStatesTest extends DialogStatesContract {

    private final InMemoryDialogStates dialogStates = new InMemoryDialogStates();

    @Override
    DialogStates dialogStates() {
        return dialogStates;
    }
}
