package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteUnitOfWorkTest extends JooqUnitOfWorkContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    JooqPorts ports() {
        return sqlite.ports();
    }

    /** BEGIN IMMEDIATE: a unit of work is the single writer from its start, before its first write. */
    @Test
    void aUnitOfWorkHoldsTheWriteLockFromItsFirstRead() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean otherWroteMeanwhile = new AtomicBoolean();
        Thread first = new Thread(() -> unitOfWork().run(() -> {
            ports().dialogStates().of(CHAT); // a read only
            reading.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        first.start();
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        Thread second = new Thread(() -> {
            processedUpdates().markProcessed(77);
            otherWroteMeanwhile.set(release.getCount() > 0);
        });
        second.start();
        Thread.sleep(300);
        release.countDown();
        first.join(10_000);
        second.join(20_000);

        assertThat(otherWroteMeanwhile).as("a writer got in while the unit of work was open").isFalse();
        assertThat(processedUpdates().markProcessed(77)).isFalse();
    }
}
