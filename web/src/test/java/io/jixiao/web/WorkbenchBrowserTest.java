package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.report.browser.BrowserTests;
import io.jixiao.store.Users.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in headless Chromium (Selenium WebDriver with Debian's chromium-driver): log in, see the department,
 * upload actuals with a mistake and see it located, fix it and see the score, change a what-if value and see the
 * score move, log in as another department and be refused. Screenshots in target/screenshots (build artefacts).
 * Required when CI=true (.ci/run installs chromium-driver); skipped with the reason otherwise when it is missing
 * ({@link BrowserTests}, the set-up the browser tests share).
 */
class WorkbenchBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    static Served served;
    static long guangyang;
    WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        BrowserTests.assumeChromeDriver("WorkbenchBrowserTest");
        served = new Served();
        guangyang = new io.jixiao.store.Users(served.demo.store()).departmentId(WorkbenchApiTest.GUANGYANG)
                .orElseThrow();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @BeforeEach
    void browser() {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BrowserTests.CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1800",
                "--lang=zh-CN");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserTests.CHROMEDRIVER.toFile()).build(), o);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    void login(Demo.Login l) {
        driver.get(served.base() + "/login");
        driver.findElement(By.id("user")).sendKeys(l.name());
        driver.findElement(By.id("password")).sendKeys(l.password());
        driver.findElement(By.id("login")).click();
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aDepartmentUploadsAMistakeFixesItAndAsksWhatIf() throws Exception {
        login(served.demo.login(Role.DEPARTMENT, WorkbenchApiTest.GUANGYANG));
        // a department user lands on its own department (its latest year); 2023 is the year with the example
        await(By.id("score"));
        driver.get(served.base() + "/departments/" + guangyang + "/years/2023");
        assertThat(await(By.id("score")).getText()).isEqualTo("90.78");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(WorkbenchApiTest.GUANGYANG);
        shot("department");

        // a mistake: line 16 of the actuals names an indicator that does not exist
        String good = Files.readString(WorkbenchApiTest.G2023.resolve("actuals-example.yaml"));
        Path dir = Files.createTempDirectory("jixiao-browser-");
        Path bad = dir.resolve("actuals-mistake.yaml");
        Files.writeString(bad, good.replace("网速达标率: \"93%\"", "网速达标律: \"93%\""), StandardCharsets.UTF_8);
        driver.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        String errors = await(By.id("upload-errors")).getText();
        assertThat(errors).contains("actuals-mistake.yaml:16").contains("KPI-");
        shot("upload-error");

        // fixed, and 19950条 raised to 20000条 (meets ≥2万条): stored and scored at once
        Path fixed = dir.resolve("actuals-fixed.yaml");
        Files.writeString(fixed, good.replace("\"19950条\"", "\"20000条\""), StandardCharsets.UTF_8);
        driver.findElement(By.id("file")).clear();
        driver.findElement(By.id("file")).sendKeys(fixed.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        String stored = await(By.id("upload-score")).getText();
        assertThat(stored).isNotEqualTo("90.78");
        shot("upload-stored");

        // what-if: the page of the stored revision; lowering the same indicator lowers the score as one types
        driver.get(served.base() + "/departments/" + guangyang + "/years/2023");
        String now = await(By.id("score")).getText();
        assertThat(now).isEqualTo(stored);
        WebElement input = driver.findElement(By.name("v:部门整体/全年监测舆情信息数量"));
        input.clear();
        input.sendKeys("10000条");
        WebElement after = await(By.id("whatif-score"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("whatif-score")).getText()
                .isEmpty());
        assertThat(new java.math.BigDecimal(after.getText())).isLessThan(new java.math.BigDecimal(now));
        shot("whatif");
        // nothing stored by the what-if
        driver.navigate().refresh();
        assertThat(await(By.id("score")).getText()).isEqualTo(now);

        // put back the example for the other tests
        driver.findElement(By.id("file")).sendKeys(WorkbenchApiTest.G2023.resolve("actuals-example.yaml")
                .toAbsolutePath().normalize().toString());
        driver.findElement(By.id("upload")).click();
        assertThat(await(By.id("upload-score")).getText()).isEqualTo("90.78");
    }

    @Test
    void anotherDepartmentIsRefused() throws Exception {
        Demo.Login other = served.demo.logins().stream().filter(l -> l.role() == Role.DEPARTMENT
                && !l.department().equals(WorkbenchApiTest.GUANGYANG)).findFirst().orElseThrow();
        login(other);
        await(By.tagName("h1"));
        driver.get(served.base() + "/departments/" + guangyang + "/years/2023");
        assertThat(await(By.id("refused")).getText()).contains("无权");
        assertThat(driver.getPageSource()).doesNotContain("19950条");
        shot("refused");
    }

    @Test
    void theBureauSeesTheOverviewInChinese() throws Exception {
        login(served.demo.login(Role.BUREAU, null));
        WebElement ranking = await(By.id("ranking"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("部门绩效总览");
        assertThat(ranking.getText()).contains("排名").contains("等级");
        shot("overview");
    }
}
