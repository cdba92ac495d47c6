package club.lasertag.archfixture.telegram.clients;

/** A feature's declared links: what other features may use. */
public final class ClientLinks {
}
