package club.lasertag.archfixture.telegram.orders;

import club.lasertag.archfixture.telegram.clients.ClientLinks;

/** Allowed: a feature linking to another through its *Links class. */
public final class OrdersUsingClientLinks {

    public ClientLinks links;
}
