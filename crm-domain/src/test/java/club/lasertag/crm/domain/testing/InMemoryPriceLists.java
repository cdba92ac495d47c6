package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.money.PriceList;
import club.lasertag.crm.domain.port.out.PriceLists;

import java.util.concurrent.atomic.AtomicReference;

/** {@link PriceLists} in memory, for tests. */
public final class InMemoryPriceLists implements PriceLists {

    private final AtomicReference<PriceList> current = new AtomicReference<>(PriceList.empty());

    @Override
    public PriceList current() {
        return current.get();
    }

    @Override
    public void save(PriceList prices) {
        current.set(prices);
    }
}
