package club.lasertag.crm.chat.testing;

import club.lasertag.crm.chat.schedule.JobRuns;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link JobRuns} in memory, for tests; with an {@link InMemoryUnitOfWork}, a rolled back run is forgotten. */
public final class InMemoryJobRuns implements JobRuns {

    /** A recorded run. */
    public record Run(String job, String occasion, String instance, Instant at) {
    }

    private final Map<List<String>, Run> runs = new ConcurrentHashMap<>();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryJobRuns() {
        this(null);
    }

    public InMemoryJobRuns(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean record(String job, String occasion, String instance, Instant at) {
        List<String> key = List.of(job, occasion);
        boolean added = runs.putIfAbsent(key, new Run(job, occasion, instance, at)) == null;
        if (added) {
            InMemoryUnitOfWork.onRollback(unitOfWork, () -> runs.remove(key));
        }
        return added;
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        int before = runs.size();
        runs.values().removeIf(run -> run.at().isBefore(cutoff));
        return before - runs.size();
    }

    /** Every run recorded, in no particular order. */
    public List<Run> runs() {
        return List.copyOf(runs.values());
    }
}
