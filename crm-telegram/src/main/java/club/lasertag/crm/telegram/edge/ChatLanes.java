package club.lasertag.crm.telegram.edge;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs updates of different chats concurrently on a bounded pool of threads, and the updates of one chat strictly
 * one after another in the order they came: a FIFO lane per chat (grammY runner's "sequentialize"). A stalled
 * update (a Telegram call waiting out a 429, a slow network) holds up its own lane only.
 *
 * <p>Back-pressure: at most {@code maxInHand} updates are accepted and not finished; {@link #submit} waits while
 * that many are in hand, so whoever feeds the lanes (the long poll, the webhook) slows down instead of memory
 * growing.
 *
 * <p>A job may ask to run again later ({@link Job#run} returns a delay): its lane stays blocked meanwhile, so the
 * chat's later updates wait behind it, but no thread is held: the delay runs on a timer.
 *
 * <p>{@link #finishedBefore} tells the long poll how far it may confirm updates to Telegram: the lowest id still in
 * hand, so an update is confirmed only once it and every update accepted before it are finished. A slow chat holds
 * the confirmation back, never the other chats' handling.
 *
 * <p>No Telegram types here: a job is any work keyed by an update id and a lane (a chat id).
 */
final class ChatLanes {

    /** One update's work. */
    @FunctionalInterface
    interface Job {

        /**
         * Does the work, or as much as it can now.
         *
         * @return empty when the job is finished; a delay to run it again after that delay (its lane waits)
         */
        Optional<Duration> run();
    }

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int maxInHand;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when an update finishes or the lanes close: room for more, or progress of the offset. */
    private final Condition changed = lock.newCondition();
    private final Map<Long, Lane> lanes = new HashMap<>();
    /** Ids of the updates accepted and not finished yet. */
    private final TreeSet<Long> inHand = new TreeSet<>();
    private long highestAccepted = -1;
    private boolean closed;
    /** Set when closing gave up waiting: what finishes later is not counted, so it is not confirmed either. */
    private boolean frozen;

    /**
     * @param threads how many updates run at once (of different chats)
     * @param maxInHand how many updates may be accepted and not finished before {@link #submit} waits
     */
    ChatLanes(int threads, int maxInHand) {
        if (threads < 1 || maxInHand < 1) {
            throw new IllegalArgumentException("threads and maxInHand must be >= 1: " + threads + ", " + maxInHand);
        }
        this.maxInHand = maxInHand;
        String name = "crm-handler-" + POOLS.incrementAndGet() + "-";
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons(name));
        pool.allowCoreThreadTimeOut(true);
        this.workers = pool;
        ScheduledThreadPoolExecutor retries = new ScheduledThreadPoolExecutor(1, daemons(name + "timer-"));
        retries.setRemoveOnCancelPolicy(true);
        this.timer = retries;
    }

    /**
     * Queues {@code job} behind the earlier updates of {@code lane}, waiting first while {@code maxInHand} updates
     * are in hand.
     *
     * @return false, without queueing, when the lanes are closed (or close while waiting)
     * @throws InterruptedException when interrupted while waiting for room
     */
    boolean submit(long updateId, long lane, Job job) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (!closed && inHand.size() >= maxInHand) {
                changed.await();
            }
            if (closed) {
                return false;
            }
            if (!inHand.add(updateId)) {
                return true; // delivered again (a webhook post repeated) while in hand: it runs once
            }
            highestAccepted = Math.max(highestAccepted, updateId);
            Lane queue = lanes.computeIfAbsent(lane, Lane::new);
            queue.jobs.add(new Entry(updateId, job));
            if (queue.jobs.size() == 1) {
                dispatch(queue);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The id below which every accepted update is finished: the lowest id in hand, else one past the highest
     * accepted; 0 before any. The long poll's offset.
     */
    long finishedBefore() {
        lock.lock();
        try {
            return inHand.isEmpty() ? highestAccepted + 1 : inHand.first();
        } finally {
            lock.unlock();
        }
    }

    /** How many updates are accepted and not finished. */
    int inHand() {
        lock.lock();
        try {
            return inHand.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@link #finishedBefore} is past {@code offset} or {@code timeout} passes.
     *
     * @return whether it moved
     */
    boolean awaitFinishedBeyond(long offset, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lockInterruptibly();
        try {
            while (finishedBefore() <= offset) {
                if (nanos <= 0 || closed && inHand.isEmpty()) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Accepts nothing more and waits up to {@code wait} for the updates in hand to finish (their retries
     * included), then stops the threads (interrupting the jobs still running). From then on
     * {@link #finishedBefore} no longer moves.
     *
     * @return whether every update in hand finished; the others stay unconfirmed and come again
     */
    boolean close(Duration wait) {
        boolean finished;
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
            long nanos = wait.toNanos();
            while (!inHand.isEmpty() && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            finished = inHand.isEmpty();
            frozen = true;
            if (!finished) {
                log.warn("stopping with {} update(s) unfinished (ids {}); Telegram delivers them again",
                        inHand.size(), inHand);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            frozen = true;
            finished = false;
        } finally {
            lock.unlock();
        }
        timer.shutdownNow();
        workers.shutdownNow();
        return finished;
    }

    /** Runs the first job of {@code lane}; then hands the lane's next job to the pool (other lanes take turns). */
    private void runHead(Lane lane) {
        Entry head;
        lock.lock();
        try {
            head = lane.jobs.peek();
        } finally {
            lock.unlock();
        }
        Optional<Duration> again;
        try {
            again = head.job.run();
        } catch (RuntimeException | Error e) {
            log.error("update {} failed in its lane; dropped", head.updateId, e);
            again = Optional.empty();
        }
        if (again.isPresent()) {
            retryLater(lane, again.get());
            return;
        }
        lock.lock();
        try {
            if (frozen) {
                return;
            }
            lane.jobs.poll();
            inHand.remove(head.updateId);
            if (lane.jobs.isEmpty()) {
                lanes.remove(lane.key);
            } else {
                dispatch(lane);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void retryLater(Lane lane, Duration delay) {
        try {
            timer.schedule(() -> dispatch(lane), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // stopped: the update stays in hand, unconfirmed, and comes again after a restart
        }
    }

    private void dispatch(Lane lane) {
        try {
            workers.execute(() -> runHead(lane));
        } catch (RejectedExecutionException stopped) {
            // stopped: the lane's updates stay unconfirmed and come again after a restart
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Entry(long updateId, Job job) {
    }

    /** The queued updates of one chat; its head runs (or waits to run again), the rest wait behind it. */
    private static final class Lane {
        final long key;
        final ArrayDeque<Entry> jobs = new ArrayDeque<>();

        Lane(long key) {
            this.key = key;
        }
    }
}
