package club.lasertag.crm.chat.testing;

import club.lasertag.crm.chat.tx.UnitOfWork;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@link UnitOfWork} in memory, for tests: units of work run one at a time (like SQLite's single writer), and the
 * in-memory ports made with it ({@link InMemoryProcessedUpdates}, {@link InMemoryDialogStates},
 * {@link InMemoryOutbox}) undo their changes when the work throws; a nested unit of work undoes only its own.
 * There is no isolation: other threads see changes before the commit. Ports that do not know it (the domain's
 * in-memory fakes) keep their changes.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final ReentrantLock writer = new ReentrantLock();
    /** Per thread, the undo actions of each open unit of work, innermost first. */
    private final ThreadLocal<Deque<List<Runnable>>> open = ThreadLocal.withInitial(ArrayDeque::new);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        writer.lock();
        Deque<List<Runnable>> levels = open.get();
        levels.push(new ArrayList<>());
        try {
            T result = work.get();
            List<Runnable> undo = levels.pop();
            if (!levels.isEmpty()) {
                levels.peek().addAll(undo); // the outer unit of work may still roll this back
            }
            return result;
        } catch (RuntimeException | Error e) {
            List<Runnable> undo = levels.pop();
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
            throw e;
        } finally {
            if (levels.isEmpty()) {
                open.remove();
            }
            writer.unlock();
        }
    }

    /** Whether a unit of work is open on this thread. */
    public boolean active() {
        return !open.get().isEmpty();
    }

    /** Called by the in-memory ports after a change: how to undo it, if a unit of work is open on this thread. */
    void onRollback(Runnable undo) {
        Deque<List<Runnable>> levels = open.get();
        if (levels.isEmpty()) {
            open.remove();
            return;
        }
        levels.peek().add(undo);
    }

    static void onRollback(InMemoryUnitOfWork unitOfWork, Runnable undo) {
        if (unitOfWork != null) {
            unitOfWork.onRollback(undo);
        }
    }
}
