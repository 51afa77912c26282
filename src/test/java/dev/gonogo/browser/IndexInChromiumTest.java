package dev.gonogo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.browser.Browser.ColorScheme;
import dev.gonogo.browser.Browser.Viewport;
import dev.gonogo.browser.FixtureSite.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The index's tables sort and its filter box filters, with the mouse and with the keyboard alone. The fixture's
 * Notification Service has three versions whose scores are not in version order: 2.9.0 scores 74.1, 3.0.0
 * scores 88 and 3.1.0 scores 81.7.
 */
class IndexInChromiumTest extends FixtureSiteInChromium {
    private static final String SYSTEM = "Notification Service";
    private static final int COMPUTED_COLUMN = 5;

    @BeforeEach
    void openIndex() {
        browser.open(site.fileUri(Page.of("index.html")), ColorScheme.LIGHT, Viewport.DESKTOP);
    }

    @Test
    void rowsStartInVersionOrder() {
        assertThat(versionsShown()).containsExactly("2.9.0", "3.0.0", "3.1.0");
    }

    @Test
    void clickingAColumnHeaderSortsUpThenDown() {
        WebElement header = computedScoreHeader();

        header.findElement(By.tagName("button")).click();
        assertThat(versionsShown()).containsExactly("2.9.0", "3.1.0", "3.0.0");
        assertThat(header.getAttribute("aria-sort")).isEqualTo("ascending");

        header.findElement(By.tagName("button")).click();
        assertThat(versionsShown()).containsExactly("3.0.0", "3.1.0", "2.9.0");
        assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
    }

    @Test
    void theKeyboardAloneReachesAndSortsAColumn() {
        WebElement button = computedScoreHeader().findElement(By.tagName("button"));
        browser.driver().findElement(By.id("review-filter")).click();
        for (int presses = 0; presses < 80 && !button.equals(browser.driver().switchTo().activeElement());
                presses++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement()).as("Tab reaches the sort button").isEqualTo(button);

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(versionsShown()).containsExactly("2.9.0", "3.1.0", "3.0.0");

        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        assertThat(versionsShown()).containsExactly("3.0.0", "3.1.0", "2.9.0");
        assertThat(computedScoreHeader().getAttribute("aria-sort")).isEqualTo("descending");
    }

    @Test
    void typingInTheFilterBoxHidesRowsAndSystemsThatDoNotMatch() {
        WebElement filter = browser.driver().findElement(By.id("review-filter"));
        assertThat(filter.isDisplayed()).as("the script shows the filter box").isTrue();

        filter.click();
        filter.sendKeys("paygate");
        assertThat(visibleGroups()).containsExactly("PayGate");
        assertThat(browser.driver().findElement(By.id("review-filter-status")).getText())
                .isEqualTo("1 of 6 reviews shown");

        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        filter.sendKeys("notification 3.");
        assertThat(visibleGroups()).containsExactly(SYSTEM);
        assertThat(versionsShown()).containsExactly("3.0.0", "3.1.0");

        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertThat(visibleGroups()).hasSize(4);
        assertThat(versionsShown()).hasSize(3);
        assertThat(browser.driver().findElement(By.id("review-filter-status")).getText()).isEmpty();
    }

    @Test
    void aFilterMatchingNothingSaysSo() {
        WebElement filter = browser.driver().findElement(By.id("review-filter"));
        filter.sendKeys("no-such-system");

        assertThat(visibleGroups()).isEmpty();
        assertThat(browser.driver().findElement(By.id("review-filter-status")).getText())
                .isEqualTo("0 of 6 reviews shown");
    }

    private WebElement computedScoreHeader() {
        return group().findElements(By.cssSelector("thead th")).get(COMPUTED_COLUMN - 1);
    }

    private WebElement group() {
        return browser.driver().findElements(By.cssSelector("section[data-group]")).stream()
                .filter(section -> section.findElement(By.tagName("h2")).getText().equals(SYSTEM))
                .findFirst().orElseThrow();
    }

    /** The versions of the Notification Service rows a reader sees, top to bottom. */
    private List<String> versionsShown() {
        return group().findElements(By.cssSelector("tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(row -> row.findElement(By.cssSelector("th a")).getText()).toList();
    }

    private List<String> visibleGroups() {
        return browser.driver().findElements(By.cssSelector("section[data-group]")).stream()
                .filter(WebElement::isDisplayed).map(section -> section.findElement(By.tagName("h2")).getText())
                .toList();
    }
}
