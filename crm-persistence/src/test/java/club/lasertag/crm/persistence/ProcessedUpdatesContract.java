package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.chat.updates.ProcessedUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link ProcessedUpdates} does: the in-memory fake, SQLite and PostgreSQL alike. */
abstract class ProcessedUpdatesContract {

    abstract ProcessedUpdates processedUpdates();

    @Test
    void anUpdateIsHandledOnce() {
        assertThat(processedUpdates().markProcessed(700_000_001L)).isTrue();
        assertThat(processedUpdates().markProcessed(700_000_001L)).isFalse();
        assertThat(processedUpdates().markProcessed(700_000_002L)).isTrue();
    }

    @Test
    void twoDeliveriesRacingGetOneYes() throws Exception {
        int threads = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return processedUpdates().markProcessed(42);
                }));
            }
            start.countDown();
            int yes = 0;
            for (Future<Boolean> result : results) {
                yes += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(yes).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
