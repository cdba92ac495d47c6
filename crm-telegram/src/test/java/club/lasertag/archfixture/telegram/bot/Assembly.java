package club.lasertag.archfixture.telegram.bot;

import club.lasertag.archfixture.telegram.edge.Edge;

/** The assembly knowing the edge, which knows it back: a package cycle. */
public final class Assembly {

    public Edge edge;
}
