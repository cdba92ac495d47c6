package club.lasertag.archfixture.telegram.orders;

import club.lasertag.archfixture.telegram.clients.ClientScreen;

/** Violation: a feature using another's own class. */
public final class OrdersUsingClientInternals {

    public ClientScreen screen;
}
