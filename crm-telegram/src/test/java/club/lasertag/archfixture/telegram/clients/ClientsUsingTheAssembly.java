package club.lasertag.archfixture.telegram.clients;

import club.lasertag.archfixture.telegram.bot.Assembly;

/** Violation: a feature reaching for the assembly instead of getting what it needs by constructor. */
public final class ClientsUsingTheAssembly {

    public Assembly assembly;
}
