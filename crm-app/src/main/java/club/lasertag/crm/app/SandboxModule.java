package club.lasertag.crm.app;

import club.lasertag.crm.app.sandbox.SandboxPerson;
import club.lasertag.crm.app.sandbox.SandboxServer;
import club.lasertag.crm.botapi.BotApiEmulator;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

import java.util.List;

/**
 * The sandbox, for trying the CRM without Telegram: the bot talks to the Bot API emulator in this process, and
 * people chat with it in a browser page. Both start when first asked for; {@code main} asks in order.
 */
final class SandboxModule extends AbstractModule {

    /** The people of the sandbox: an admin, a manager and a stranger, each in their own private chat. */
    static final List<SandboxPerson> PEOPLE = SandboxPerson.defaults();
    static final SandboxPerson ADMIN = PEOPLE.get(0);
    static final SandboxPerson MANAGER = PEOPLE.get(1);

    private final int port;

    /** @param port of the web page on 127.0.0.1; 0 for any free one */
    SandboxModule(int port) {
        this.port = port;
    }

    @Provides
    @Singleton
    BotApiEmulator emulator() {
        return BotApiEmulator.startContinuing(0);
    }

    @Provides
    BotApiEndpoint endpoint(BotApiEmulator emulator) {
        return new BotApiEndpoint(emulator.token(), emulator.baseUrl());
    }

    @Provides
    @Singleton
    SandboxServer page(BotApiEmulator emulator) {
        return SandboxServer.start(emulator, PEOPLE, "127.0.0.1", port);
    }
}
