package org.coalition.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's, with its own chromedriver given explicitly so Selenium never goes
 * looking on the network) signed in as one demo user through Keycloak's real login page.
 */
final class Browser implements AutoCloseable {

    static final String APP = "http://localhost:8080/coalition/";

    /**
     * Chromium processes whose test is done, cleared and ready for the next one, per language (starting and
     * ending one costs 2-3 s on two cores, and the suite opens about ninety). A browser taken from here has no
     * cookie, no storage, no cache and one blank tab: to the application and to Keycloak it is a new visitor.
     */
    private static final Map<String, Deque<Chromium>> IDLE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> {
                    for (Chromium chromium; (chromium = idle.poll()) != null; ) {
                        chromium.quit();
                    }
                })));
    }

    /** One Chromium and its chromedriver. */
    private record Chromium(String language, ChromeDriverService service, ChromeDriver driver) {

        void quit() {
            try {
                driver.quit();
            } catch (RuntimeException alreadyGone) {
                // ended on its own: nothing left to end
            } finally {
                service.stop();
            }
        }
    }

    private final String app;
    private final Chromium chromium;
    private final WebDriver driver;
    private final WebDriverWait wait;

    /**
     * A browser for the application at {@code app}, whose language is {@code language} (as a browser set to it
     * asks: Accept-Language), or Chromium's default when null.
     */
    private Browser(String app, String language) {
        this.app = app;
        Chromium idle = IDLE.computeIfAbsent(String.valueOf(language), key -> new ConcurrentLinkedDeque<>())
                .poll();
        chromium = idle != null ? idle : start(language);
        driver = chromium.driver();
        // a page being replaced while it is read ("node does not belong to the document") is read again
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /** How often a wait looks again (Selenium's default of 500 ms adds a quarter of a second to most waits). */
    private static final Duration POLL = Duration.ofMillis(100);

    private static Chromium start(String language) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("coalition.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("coalition.chromium", "/usr/bin/chromium"));
        try {
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("coalition-chromium"));
            if (language != null) {
                options.addArguments("--lang=" + language);
                options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the page's console, read by consoleErrors()
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        return new Chromium(language, service, new ChromeDriver(service, options));
    }

    /** A browser nobody signed in with yet. */
    static Browser anonymous() {
        return new Browser(APP, null);
    }

    /** Opens the app, signs in on Keycloak's own page, and waits for the home page. */
    static Browser signedInAs(String user) {
        return signedInAt(APP, user);
    }

    /** The same, for the application at another address (the cluster's load balancer). */
    static Browser signedInAt(String app, String user) {
        return signedIn(app, user, null);
    }

    /** Like {@link #signedInAs(String)}, in a browser set to {@code language} (e.g. "de"). */
    static Browser signedInAs(String user, String language) {
        return signedIn(APP, user, language);
    }

    private static Browser signedIn(String app, String user, String language) {
        Browser browser = new Browser(app, language);
        browser.open("");
        browser.signInOnKeycloak(user);
        browser.waitFor(By.id("welcome"));
        return browser;
    }

    void signInOnKeycloak(String user) {
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Chooses an option of a plain or PrimeFaces select menu by its visible text. */
    void select(String id, String label) {
        var menus = driver.findElements(By.id(id + "_input"));
        if (!menus.isEmpty()) {
            // PrimeFaces selectOneMenu: choose through its widget, as a click on the item would.
            Object chosen = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                    const select = document.getElementById(arguments[0] + '_input');
                    const option = Array.from(select.options).find(o => o.text.trim() === arguments[1]);
                    if (!option) { return false; }
                    PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);
                    return true;""", id, label);
            if (!Boolean.TRUE.equals(chosen)) {
                throw new AssertionError("No option '" + label + "' in " + id);
            }
            return;
        }
        new org.openqa.selenium.support.ui.Select(waitFor(By.id(id))).selectByVisibleText(label);
    }

    /**
     * Picks from a PrimeFaces autocomplete (by its component id) as a person does: types {@code text} into its
     * field, waits for the suggestion labelled {@code suggestionLabel} and clicks it, then waits until the
     * suggestions close, which is when the pick has been taken (a single picker then shows the label; a picker
     * with an itemSelect listener has sent it). Waits on conditions only; a suggestion list replaced by a later
     * answer while it is clicked is read again.
     */
    void pick(String autocompleteId, String text, String suggestionLabel) {
        WebElement field = waitFor(By.id(autocompleteId + "_input"));
        field.click();
        field.clear();
        field.sendKeys(text);
        By panel = By.id(autocompleteId + "_panel");
        By suggestion = By.xpath("//*[@id=" + xpathLiteral(autocompleteId + "_panel")
                + "]//li[contains(@class,'ui-autocomplete-item')]" + "[@data-item-label="
                + xpathLiteral(suggestionLabel) + " or normalize-space(.)=" + xpathLiteral(suggestionLabel) + "]");
        try {
            wait.until(d -> {
                WebElement item = d.findElement(suggestion);
                if (!item.isDisplayed()) {
                    return false;
                }
                item.click();
                return true;
            });
            wait.until(d -> d.findElements(panel).stream().noneMatch(WebElement::isDisplayed));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw evidence(e);
        }
    }

    /** A string as an XPath literal, whatever quotes it holds. */
    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** Ticks a PrimeFaces checkbox by its label text. */
    void tick(String label) {
        waitFor(By.xpath("//label[normalize-space(.)=\"" + label + "\"]")).click();
    }

    /** The errors the pages wrote to the browser's console since the last call (JavaScript errors, CSP reports). */
    java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }

    /** Turns the mouse wheel over an element, as a person does (a negative deltaY scrolls up, away from them). */
    void wheel(By locator, int deltaY) {
        WebElement element = find(locator);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new org.openqa.selenium.interactions.Actions(driver)
                .scrollFromOrigin(
                        org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromElement(element), 0, deltaY)
                .perform();
    }

    void open(String path) {
        driver.get(app + path);
    }

    WebElement waitFor(By locator) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw evidence(e);
        }
    }

    void waitForText(By locator, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw evidence(e);
        }
    }

    /** Waits until the condition holds, reading the page afresh each time (a page being replaced is retried). */
    void waitUntil(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw evidence(e);
        }
    }

    /** A failed wait says where the browser was and what it showed, and leaves a screenshot in target/. */
    private AssertionError evidence(RuntimeException cause) {
        String shot = "";
        try {
            Path dir = Files.createDirectories(Path.of("target", "e2e-screenshots"));
            Path file = dir.resolve("failure-" + System.nanoTime() + ".png");
            Files.write(
                    file,
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            shot = " (screenshot " + file + ")";
        } catch (IOException | RuntimeException e) {
            shot = " (no screenshot: " + e + ")";
        }
        String text = driver.findElements(By.tagName("body")).isEmpty() ? "" : pageText();
        return new AssertionError(
                "At " + driver.getCurrentUrl() + shot + " the page showed:\n"
                        + text.substring(0, Math.min(text.length(), 1500)),
                cause);
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Enters a date: into the browser's own date field ({@code <input type="date">}, by its id) as a person types
     * it, the day's digits in the order the browser's language shows them; or into a PrimeFaces date picker (by its
     * component id) through its own widget, as picking the day in its calendar would. Either way the field must
     * then hold the date.
     */
    void typeDate(String id, String isoDate) {
        List<WebElement> nativeField = driver.findElements(By.cssSelector("input[type=date][id='" + id + "']"));
        if (!nativeField.isEmpty()) {
            WebElement field = nativeField.get(0);
            // typed into the element, which focuses its first part (a click lands on whichever part is under it)
            field.sendKeys(dateKeys(java.time.LocalDate.parse(isoDate)));
            String shown = field.getAttribute("value");
            if (!isoDate.equals(shown)) {
                throw new AssertionError("The date field " + id + " holds '" + shown + "' instead of " + isoDate);
            }
            return;
        }
        waitFor(By.id(id + "_input"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const [y, m, d] = arguments[1].split('-').map(Number);
                PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(y, m - 1, d));""", id, isoDate);
        String shown = find(By.id(id + "_input")).getAttribute("value");
        if (!isoDate.equals(shown)) {
            throw new AssertionError("The date picker " + id + " shows '" + shown + "' instead of " + isoDate);
        }
    }

    /**
     * The keys a person presses in a browser's date field for this date, from its first part: the parts' digits in
     * the order of the browser's language (month, day and year for English), the field moving on by itself.
     */
    String dateKeys(java.time.LocalDate date) {
        String order = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 10, 22))
                    .filter(p => p.type === 'day' || p.type === 'month' || p.type === 'year')
                    .map(p => p.type[0]).join('');""");
        StringBuilder keys = new StringBuilder();
        for (char part : order.toCharArray()) {
            keys.append(
                    switch (part) {
                        case 'd' -> String.format("%02d", date.getDayOfMonth());
                        case 'm' -> String.format("%02d", date.getMonthValue());
                        default -> String.format("%04d", date.getYear());
                    });
        }
        return keys.toString();
    }

    /** Sets a field's value at once (for very long input typing would take minutes). */
    void setValue(By locator, String text) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", waitFor(locator), text);
    }

    Object script(String javaScript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** Runs a script that calls its last argument, a callback, with its result (e.g. a promise's value). */
    Object asyncScript(String javaScript, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(javaScript, arguments);
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Presses Tab (at most {@code limit} times) until the focus is on the element with this id, as someone
     * without a mouse would; fails when the element cannot be reached by the keyboard.
     */
    WebElement tabTo(String id, int limit) {
        for (int i = 0; i <= limit; i++) {
            // the element itself or the focusable part of a component rendered around it (a link button's <a>)
            if (Boolean.TRUE.equals(script(
                    "const e = document.getElementById(arguments[0]);"
                            + " return e !== null && e.contains(document.activeElement);",
                    id))) {
                return focused();
            }
            if (i < limit) {
                new org.openqa.selenium.interactions.Actions(driver)
                        .sendKeys(org.openqa.selenium.Keys.TAB)
                        .perform();
            }
        }
        WebElement now = focused();
        throw new AssertionError("Tab never reached #" + id + " in " + limit + " presses; the focus is on <"
                + now.getTagName() + " id='" + now.getAttribute("id") + "'>");
    }

    /** Selects all the text of the focused field (Ctrl+A), so what is typed next replaces it. */
    void selectAll() {
        new org.openqa.selenium.interactions.Actions(driver)
                .keyDown(org.openqa.selenium.Keys.CONTROL)
                .sendKeys("a")
                .keyUp(org.openqa.selenium.Keys.CONTROL)
                .perform();
    }

    /** Presses keys on whatever has the focus. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** This browser's cookies for the application, as a Cookie header. */
    String cookieHeader() {
        return driver.manage().getCookies().stream()
                .filter(c -> "localhost".equals(c.getDomain()) || c.getDomain() == null)
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    void reload() {
        driver.navigate().refresh();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** From the home page to the demo coalition's dashboard ("Flexible work hours"); returns its address. */
    String openDemoDashboard() {
        waitFor(By.linkText("Flexible work hours")).click();
        waitFor(By.id("nav-dashboard")).click();
        waitFor(By.id("dashboard-phase"));
        return currentUrl();
    }

    /** The HTTP status this browser's session gets for a page (Selenium does not expose it). */
    int statusOf(String url) {
        return get(url).statusCode();
    }

    /** The answer this browser's session gets for a page, headers and body (redirects not followed). */
    HttpResponse<String> get(String url) {
        String cookies = cookieHeader();
        try {
            return HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Cookie", cookies)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Clears the browser (cookies, storage and cache of every site, the console, every tab but a new blank one,
     * the window's size) and keeps it for the next test; ends it when it cannot be cleared (it no longer
     * answers, say).
     */
    @Override
    public void close() {
        try {
            ChromeDriver chrome = chromium.driver();
            String old = chrome.getWindowHandle();
            chrome.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            String blank = chrome.getWindowHandle();
            for (String handle : chrome.getWindowHandles()) {
                if (!handle.equals(blank)) {
                    chrome.switchTo().window(handle).close();
                }
            }
            chrome.switchTo().window(blank);
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            for (String origin : List.of(APP, "http://localhost:8180/", app)) {
                URI site = URI.create(origin);
                chrome.executeCdpCommand(
                        "Storage.clearDataForOrigin",
                        Map.of("origin", site.getScheme() + "://" + site.getAuthority(), "storageTypes", "all"));
            }
            chrome.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            chrome.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
            if (!chrome.manage().getCookies().isEmpty() || old.equals(blank)) {
                throw new IllegalStateException("not cleared");
            }
            IDLE.get(String.valueOf(chromium.language())).push(chromium);
        } catch (RuntimeException notCleared) {
            chromium.quit();
        }
    }
}
