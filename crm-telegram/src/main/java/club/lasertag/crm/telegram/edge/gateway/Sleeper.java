package club.lasertag.crm.telegram.edge.gateway;

import java.time.Duration;

/** How the gateway waits before resending after a 429; tests pass one that does not really sleep. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
