package club.lasertag.crm.telegram.edge.gateway;

import java.time.Duration;

/**
 * How the gateway waits before resending, and the poller before polling again after a failure; tests pass one that
 * records the waits instead of sleeping. Waiting ends early, with {@link InterruptedException}, on an interrupt.
 */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
