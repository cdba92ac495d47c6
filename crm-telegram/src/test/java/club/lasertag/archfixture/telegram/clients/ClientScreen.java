package club.lasertag.archfixture.telegram.clients;

/** A feature's own class, not for other features. */
public final class ClientScreen {
}
