package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.DialogStates;
import club.lasertag.crm.domain.testing.InMemoryDialogStates;

/** The in-memory fake honours the same contract as the databases. */
class InMemoryDialogStatesTest extends DialogStatesContract {

    private final InMemoryDialogStates dialogStates = new InMemoryDialogStates();

    @Override
    DialogStates dialogStates() {
        return dialogStates;
    }
}
