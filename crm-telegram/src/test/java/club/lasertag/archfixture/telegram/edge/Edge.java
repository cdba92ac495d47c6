package club.lasertag.archfixture.telegram.edge;

import club.lasertag.archfixture.telegram.bot.Assembly;
import com.pengrad.telegrambot.model.Update;

/** The edge may use pengrad; knowing the assembly that knows it back is a cycle. */
public final class Edge {

    public Update update;
    public Assembly assembly;
}
