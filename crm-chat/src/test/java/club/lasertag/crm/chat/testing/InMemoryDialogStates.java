package club.lasertag.crm.chat.testing;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.chat.dialog.DialogStates;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link DialogStates} in memory, for tests; with an {@link InMemoryUnitOfWork}, rolled back changes are undone. */
public final class InMemoryDialogStates implements DialogStates {

    private final Map<Long, DialogState> states = new ConcurrentHashMap<>();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryDialogStates() {
        this(null);
    }

    public InMemoryDialogStates(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<DialogState> of(long chatId) {
        return Optional.ofNullable(states.get(chatId));
    }

    @Override
    public void save(DialogState state) {
        DialogState previous = states.put(state.chatId(), state);
        InMemoryUnitOfWork.onRollback(unitOfWork, () -> restore(state.chatId(), previous));
    }

    @Override
    public void clear(long chatId) {
        DialogState previous = states.remove(chatId);
        InMemoryUnitOfWork.onRollback(unitOfWork, () -> restore(chatId, previous));
    }

    private void restore(long chatId, DialogState previous) {
        if (previous == null) {
            states.remove(chatId);
        } else {
            states.put(chatId, previous);
        }
    }
}
