package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void checkAlsoTeaserAtTheEndIsCut() {
        String page = "Russia seized Crimea from Ukraine in 2014.\n\n"
                + "Check Also\n"
                + "Bosnia's Serb leader vows to press on with plan to pull out of national institutions\n";
        assertEquals("Russia seized Crimea from Ukraine in 2014.", PageFurniture.clean(page));
    }

    @Test
    void otherMarkersCutToo() {
        for (String marker : new String[] {"Read more", "Related", "Related Articles:", "You may also like",
                "Share this:", "More from VOA", "READ MORE »"}) {
            String page = "NATO and Russia will meet on Jan. 12.\n" + marker + "\nChina warns Taiwan\nIran talks resume\n";
            assertEquals("NATO and Russia will meet on Jan. 12.", PageFurniture.clean(page), marker);
        }
    }

    @Test
    void aSentenceMentioningCheckAlsoIsKept() {
        String text = "Inspectors will check also the storage sites near Zaporizhzhia, the agency said.\n\n"
                + "The team is due to arrive on Monday.";
        assertEquals(text, PageFurniture.clean(text));
    }

    @Test
    void aMarkerFollowedByTheRestOfAnArticleIsNotTheTail() {
        StringBuilder text = new StringBuilder("Related\n");
        for (int i = 0; i < 20; i++) text.append("Paragraph ").append(i).append(" of the story about the talks.\n\n");
        String page = "The talks opened in Geneva.\n\n" + text;
        assertEquals(page.strip(), PageFurniture.clean(page));
    }

    @Test
    void loneAdvertisementLinesGoWhereverTheyStand() {
        String page = "Biden signed the defense bill.\nAdvertisement\nIt includes $300 million for Ukraine.";
        assertEquals("Biden signed the defense bill.\nIt includes $300 million for Ukraine.", PageFurniture.clean(page));
    }

    @Test
    void markersAreWholeShortLines() {
        assertTrue(PageFurniture.isTeaserMarker("  Check Also  "));
        assertTrue(PageFurniture.isTeaserMarker("More from Europe"));
        assertFalse(PageFurniture.isTeaserMarker("Read more about how the sanctions would work in the full report"));
        assertFalse(PageFurniture.isTeaserMarker("Russia has denied plans for an assault."));
    }

    @Test
    void furnitureClassNames() {
        assertTrue(PageFurniture.isFurnitureName("share-bar"));
        assertTrue(PageFurniture.isFurnitureName("socialLinks"));
        assertTrue(PageFurniture.isFurnitureName("wp-caption-text"));
        assertTrue(PageFurniture.isFurnitureName("ad-slot"));
        assertTrue(PageFurniture.isFurnitureName("related-stories"));
        assertFalse(PageFurniture.isFurnitureName("article-body"));
        assertFalse(PageFurniture.isFurnitureName("header-title"));
        assertFalse(PageFurniture.isFurnitureName("story-text"));
    }

    @Test
    void aWireDatelineIsNotPartOfTheFirstSentence() {
        assertEquals("Headline\n\nU.S. and Russian officials will hold talks on Jan. 10.",
                PageFurniture.clean("Headline\n\nWASHINGTON/MOSCOW, Dec 28 - U.S. and Russian officials will hold talks on Jan. 10."));
        assertEquals("Russia attacked.", PageFurniture.clean("KYIV, Ukraine (AP) \u2014 Russia attacked."));
        assertEquals("Britain said.", PageFurniture.clean("LONDON (Reuters) - Britain said."));
        // An acronym and a dash in running text is not a dateline.
        assertEquals("NATO - the alliance - met.", PageFurniture.clean("NATO - the alliance - met."));
    }
}
