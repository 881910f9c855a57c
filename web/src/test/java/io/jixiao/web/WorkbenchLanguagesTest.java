package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Language;
import io.jixiao.report.browser.BrowserTests;
import io.jixiao.store.Users.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the workbench in each language ({@code serve --lang zh|en}) in headless Chromium: the login (with a
 * refusal), the department page with a what-if typed, a goal sought and an upload refused, the refusal of another
 * department's page, the overview and the accounts page — no text of the other language outside the data. Data are
 * the elements marked {@code translate="no"} (names of departments, tables and indicators, targets, actuals, grades,
 * accounts) and, in the engine's sentences (a score's explanation, findings, the goal plan), quoted values, those
 * names and numbers with their units. Screenshots in target/screenshots/lang-{zh,en}-*.png.
 */
class WorkbenchLanguagesTest {

    /** The engine's sentences on a page: explanations, findings, upload and what-if errors, the goal plan. */
    static final String ENGINE = "td.why, .findings pre, #upload-errors pre, #whatif-error, pre.goal";
    static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    /** Machine words a Chinese page keeps: codes, file names and cells, formats, units of size, the header. */
    static final Pattern MACHINE = Pattern.compile("KPI-\\d{4}|[\\w.-]+\\.(?:xlsx|yaml|yml|csv|html)(?::[^\\s!]+![A-Z]+\\d+)?"
            + "|\\b(?:CSV|HTML|xlsx|YAML|Excel|MB|UTC|CSRF|HTTP)\\b");
    static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'|“[^”]*”|\"[^\"\\n]*\"");
    /** A number with its unit or percent (19950条, 2万条, 99.75%) and the grade words: data inside sentences. */
    static final Pattern UNIT = Pattern.compile("[\\d.]+\\s*(?:\\p{IsHan}{1,3}|%)|[优良中差]");

    Served served;
    WebDriver driver;

    /**
     * The Chinese terms the engine's and the report's English texts use themselves (复核, 自评得分, 分值 …, and the
     * Chinese of their examples), read from their English bundles: words of the English texts, not Chinese left in.
     */
    static List<String> englishTermsOfArt() throws java.io.IOException {
        java.util.Set<String> terms = new java.util.TreeSet<>();
        for (String module : List.of("engine", "report")) {
            Path root = Path.of("..", module, "src", "main", "resources");
            try (var files = Files.walk(root)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".properties")
                        && !x.getFileName().toString().contains("_")).toList()) {
                    Matcher m = HAN.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        terms.add(m.group());
                    }
                }
            }
        }
        List<String> longestFirst = new ArrayList<>(terms);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return longestFirst;
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (served != null) {
            served.close();
        }
        Language.use(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPageIsInTheWorkbenchsLanguage(Language language) throws Exception {
        BrowserTests.assumeChromeDriver("WorkbenchLanguagesTest");
        Language.use(language);
        served = new Served();
        long guangyang = new io.jixiao.store.Users(served.demo.store()).departmentId(WorkbenchApiTest.GUANGYANG)
                .orElseThrow();
        Files.createDirectories(WorkbenchBrowserTest.SHOTS);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BrowserTests.CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1800",
                "--lang=" + (language == Language.ZH ? "zh-CN" : "en-US"));
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserTests.CHROMEDRIVER.toFile()).build(), o);

        // the login, refused
        driver.get(served.base() + "/login");
        driver.findElement(By.id("user")).sendKeys("nobody");
        driver.findElement(By.id("password")).sendKeys("wrong password");
        driver.findElement(By.id("login")).click();
        await(By.id("login-error"));
        check(language, "login");

        // the department page: a what-if typed, a goal sought, an upload with a mistake refused
        WorkbenchBrowserTest.login(driver, served, served.demo.login(Role.DEPARTMENT, WorkbenchApiTest.GUANGYANG));
        driver.get(served.base() + "/departments/" + guangyang + "/years/2023");
        java.math.BigDecimal stored = new java.math.BigDecimal(await(By.id("score")).getText());
        WebElement input = driver.findElement(By.name("v:部门整体/全年监测舆情信息数量"));
        input.clear();
        input.sendKeys("10000条");
        wait(20).until(d -> {
            String t = d.findElement(By.id("whatif-score")).getText();
            return !t.isEmpty() && new java.math.BigDecimal(t).compareTo(stored) < 0;
        });
        driver.findElement(By.id("seek")).click();
        await(By.cssSelector("pre.goal"));
        Path dir = Files.createTempDirectory("jixiao-lang-");
        Path bad = dir.resolve("actuals-mistake.yaml");
        Files.writeString(bad, Files.readString(WorkbenchApiTest.G2023.resolve("actuals-example.yaml"),
                StandardCharsets.UTF_8).replace("\"19950条\"", "\"12..5条\""), StandardCharsets.UTF_8);
        driver.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        assertThat(await(By.id("upload-errors")).getText()).contains("actuals-mistake.yaml:").contains("KPI-0109");
        check(language, "department");

        // another department's page, refused
        WorkbenchBrowserTest.logout(driver);
        Demo.Login other = served.demo.logins().stream().filter(l -> l.role() == Role.DEPARTMENT
                && !l.department().equals(WorkbenchApiTest.GUANGYANG)).findFirst().orElseThrow();
        WorkbenchBrowserTest.login(driver, served, other);
        driver.get(served.base() + "/departments/" + guangyang + "/years/2023");
        await(By.id("refused"));
        check(language, "refused");

        // the overview (bureau) and the accounts page (admin)
        WorkbenchBrowserTest.logout(driver);
        WorkbenchBrowserTest.login(driver, served, served.demo.login(Role.BUREAU, null));
        await(By.id("ranking"));
        check(language, "overview");
        WorkbenchBrowserTest.logout(driver);
        WorkbenchBrowserTest.login(driver, served, served.demo.login(Role.ADMIN, null));
        driver.get(served.base() + "/users");
        await(By.id("users"));
        check(language, "users");

        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    WebElement await(By by) {
        return WorkbenchBrowserTest.await(driver, by);
    }

    WebDriverWait wait(int seconds) {
        return WorkbenchBrowserTest.wait(driver, seconds);
    }

    /** The page in the language: its own words (no data) and the engine's sentences; a screenshot kept. */
    void check(Language language, String page) throws Exception {
        Files.write(WorkbenchBrowserTest.SHOTS.resolve("lang-" + language.tag() + "-" + page + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return document.documentElement.lang"))
                .isEqualTo(language == Language.ZH ? "zh-CN" : "en");
        @SuppressWarnings("unchecked")
        List<String> data = (List<String>) js.executeScript("return Array.from(document.querySelectorAll("
                + "'[translate=no]')).map(e => e.textContent.trim()).filter(t => t.length > 0)");
        String own = (String) js.executeScript("const c = document.body.cloneNode(true);"
                + "c.querySelectorAll('[translate=no], script, " + ENGINE + "').forEach(e => e.remove());"
                + "return c.textContent;");
        String engine = (String) js.executeScript("return Array.from(document.querySelectorAll('" + ENGINE + "'))"
                + ".map(e => e.textContent).join('\\n');");
        List<String> longestFirst = new ArrayList<>(data);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        List<String> problems = new ArrayList<>();
        problems.addAll(otherLanguage(language, "page", withoutData(own, longestFirst, false)));
        String sentences = engine;
        if (language == Language.EN) {
            for (String term : englishTermsOfArt()) {
                sentences = sentences.replace(term, " ");
            }
        }
        problems.addAll(otherLanguage(language, "engine", withoutData(sentences, longestFirst, true)));
        if (language == Language.EN && !engine.isBlank()) {
            assertThat(engine).as(page + ": the engine's sentences in English").containsPattern(WORD);
        }
        assertThat(problems).as(page + " in " + language).isEmpty();
    }

    /** The text with the page's data taken out; in the engine's sentences also quoted values and numbers' units. */
    static String withoutData(String text, List<String> data, boolean sentences) {
        String t = text;
        if (sentences) {
            t = QUOTED.matcher(t).replaceAll(" ");
        }
        for (String d : data) {
            t = t.replace(d, " ");
        }
        if (sentences) {
            t = UNIT.matcher(t).replaceAll(" ");
        }
        return MACHINE.matcher(t).replaceAll(" ");
    }

    /** The words of the other language left in the text, each with a little of its context. */
    static List<String> otherLanguage(Language language, String where, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = (language == Language.ZH ? WORD : HAN).matcher(text);
        while (m.find()) {
            found.add(where + ": '" + m.group() + "' in …" + text.substring(Math.max(0, m.start() - 20),
                    Math.min(text.length(), m.end() + 20)).replaceAll("\\s+", " ") + "…");
        }
        return found;
    }
}
