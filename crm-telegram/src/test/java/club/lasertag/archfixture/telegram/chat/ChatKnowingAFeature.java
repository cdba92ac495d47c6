package club.lasertag.archfixture.telegram.chat;

import club.lasertag.archfixture.telegram.clients.ClientScreen;

/** Violation: the framework knowing a feature. */
public final class ChatKnowingAFeature {

    public ClientScreen screen;
}
