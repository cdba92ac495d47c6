package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.testing.InMemoryDialogStates;
import club.lasertag.crm.chat.testing.InMemoryOutbox;
import club.lasertag.crm.chat.testing.InMemoryProcessedUpdates;
import club.lasertag.crm.chat.testing.InMemoryUnitOfWork;
import club.lasertag.crm.chat.tx.UnitOfWork;
import club.lasertag.crm.chat.updates.ProcessedUpdates;

/** The in-memory fakes honour the same contract as the databases. */
class InMemoryUnitOfWorkTest extends UnitOfWorkContract {

    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryProcessedUpdates processed = new InMemoryProcessedUpdates(unitOfWork);
    private final InMemoryDialogStates dialogs = new InMemoryDialogStates(unitOfWork);
    private final InMemoryOutbox outbox = new InMemoryOutbox(unitOfWork);

    @Override
    UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    ProcessedUpdates processedUpdates() {
        return processed;
    }

    @Override
    DialogStates dialogStates() {
        return dialogs;
    }

    @Override
    Outbox outbox() {
        return outbox;
    }
}
