package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.report.browser.BrowserTests;
import io.jixiao.problem.Language;
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
 * The workbench in headless Chromium (Selenium WebDriver with Debian's chromium-driver), in Chinese: log in, see the
 * department, upload a filled actuals workbook with a mistake and see its sheet!cell, fix it and see the score,
 * change a what-if value and see the score move, log in as another department and be refused; the bureau's overview
 * and a 复核 note the department then reads. Screenshots in target/screenshots (build artefacts).
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
        // the workbench in its own language: Chinese (tests run in English otherwise)
        Language.use(Language.ZH);
        served = new Served();
        guangyang = new io.jixiao.store.Users(served.demo.store()).departmentId(WorkbenchApiTest.GUANGYANG)
                .orElseThrow();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        Language.use(Language.EN);
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
        login(driver, served, l);
    }

    /**
     * Logs in on the login page and waits until the browser is on a page of the logged-in account (its logout
     * button): an explicit condition, not an element the login page has too (its h1), however slow the machine.
     */
    static void login(WebDriver driver, Served served, Demo.Login l) {
        driver.get(served.base() + "/login");
        driver.findElement(By.id("user")).sendKeys(l.name());
        driver.findElement(By.id("password")).sendKeys(l.password());
        driver.findElement(By.id("login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().endsWith("/login")
                && !d.findElements(By.className("logout")).isEmpty());
    }

    /** Logs out and waits until the login page is shown (htmx posts, then the server's HX-Redirect is followed). */
    static void logout(WebDriver driver) {
        driver.findElement(By.className("logout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/login")
                && !d.findElements(By.id("user")).isEmpty());
    }

    WebElement await(By by) {
        return await(driver, by);
    }

    WebDriverWait wait(int seconds) {
        return wait(driver, seconds);
    }

    /** Waits (20 s at most) until the element is visible; the browser tests' one way to. */
    static WebElement await(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** A wait that looks again when htmx has swapped the element it found. */
    static WebDriverWait wait(WebDriver driver, int seconds) {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** A filled actuals workbook as a finance officer makes it: the template of the targets, every actual typed in. */
    static Path filledWorkbook(Path dir, String name) throws Exception {
        Path filled = io.jixiao.workbook.Seeds.filledTemplate("guangyang/2023", dir);
        return Files.move(filled, dir.resolve(name));
    }

    /** Changes every cell of the workbook whose text is {@code from} to {@code to}. */
    static void replaceCell(Path workbook, String from, String to) throws Exception {
        io.jixiao.workbook.Seeds.edit(workbook, wb -> wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().equals(from)) {
                cell.setCellValue(to);
            }
        }))));
    }

    @Test
    void aDepartmentUploadsAWorkbookWithAMistakeFixesItAsksWhatIfAndIsRefusedAnotherDepartment() throws Exception {
        login(served.demo.login(Role.DEPARTMENT, WorkbenchApiTest.GUANGYANG));
        // a department user lands on its own department (its latest year); 2023 is the year with the example
        await(By.id("score"));
        driver.get(served.base() + "/departments/" + guangyang + "/years/2023");
        assertThat(await(By.id("score")).getText()).isEqualTo("90.78");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(WorkbenchApiTest.GUANGYANG);
        shot("department");

        // the template of guangyang's 2023 targets (jixiao template), filled with its actuals; then a mistake: the
        // first actual of the project 网络安全监测项目经费 (its sheet's row 7, column E) typed as 12..5条
        Path dir = Files.createTempDirectory("jixiao-browser-");
        Path workbook = filledWorkbook(dir, "actuals-guangyang.xlsx");
        String project = "网络安全监测项目经费";
        String[] typed = new String[1];
        io.jixiao.workbook.Seeds.edit(workbook, wb -> {
            var cell = io.jixiao.workbook.Seeds.cell(wb.getSheet(project), 6, io.jixiao.workbook.TemplateLayout.ACTUAL);
            typed[0] = cell.getStringCellValue();
            cell.setCellValue("12..5条");
        });
        driver.findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        String errors = await(By.id("upload-errors")).getText();
        assertThat(errors).contains("actuals-guangyang.xlsx:" + project + "!E7").contains("KPI-0109");
        shot("upload-error");

        // fixed (the cell as it was), and 19950条 raised to 20000条 (meets ≥2万条): stored and scored at once
        replaceCell(workbook, "12..5条", typed[0]);
        replaceCell(workbook, "19950条", "20000条");
        driver.findElement(By.id("file")).clear();
        driver.findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        String stored = await(By.id("upload-score")).getText();
        // 19950条 of ≥2万条 lost 5 × 1% of the indicator's points: meeting it scores more than 90.78
        assertThat(new java.math.BigDecimal(stored)).isGreaterThan(new java.math.BigDecimal("90.78"));
        shot("upload-stored");

        // what-if: the page of the stored revision; lowering the same indicator lowers the score as one types
        driver.get(served.base() + "/departments/" + guangyang + "/years/2023");
        String now = await(By.id("score")).getText();
        assertThat(now).isEqualTo(stored);
        WebElement input = driver.findElement(By.name("v:部门整体/全年监测舆情信息数量"));
        input.clear();
        input.sendKeys("10000条");
        await(By.id("whatif-score"));
        // htmx may swap the fragment more than once while one types: wait (through stale elements) for the score
        // answering the whole value, lower than the stored one
        java.math.BigDecimal stored2 = new java.math.BigDecimal(now);
        String lowered = wait(20).until(d -> {
            String t = d.findElement(By.id("whatif-score")).getText();
            return !t.isEmpty() && new java.math.BigDecimal(t).compareTo(stored2) < 0 ? t : null;
        });
        assertThat(new java.math.BigDecimal(lowered)).isLessThan(stored2);
        shot("whatif");
        // nothing stored by the what-if
        driver.navigate().refresh();
        assertThat(await(By.id("score")).getText()).isEqualTo(now);

        // put back the example for the other tests
        driver.findElement(By.id("file")).sendKeys(WorkbenchApiTest.G2023.resolve("actuals-example.yaml")
                .toAbsolutePath().normalize().toString());
        driver.findElement(By.id("upload")).click();
        assertThat(await(By.id("upload-score")).getText()).isEqualTo("90.78");

        // another department's user is refused this department's page (logged in: the explicit condition of
        // login(), never the login page's own h1)
        logout(driver);
        Demo.Login other = served.demo.logins().stream().filter(l -> l.role() == Role.DEPARTMENT
                && !l.department().equals(WorkbenchApiTest.GUANGYANG)).findFirst().orElseThrow();
        login(other);
        driver.get(served.base() + "/departments/" + guangyang + "/years/2023");
        assertThat(await(By.id("refused")).getText()).contains("无权");
        assertThat(driver.getPageSource()).doesNotContain("19950条");
        shot("refused");
    }

    @Test
    void theBureauWritesANoteTheDepartmentReadsIt() throws Exception {
        login(served.demo.login(Role.BUREAU, null));
        await(By.id("ranking"));
        driver.get(served.base() + "/departments/" + guangyang + "/years/2023");
        new org.openqa.selenium.support.ui.Select(await(By.id("note-indicator")))
                .selectByVisibleText("部门整体/全年监测舆情信息数量");
        driver.findElement(By.id("note-text")).sendKeys("19950条 未达 2万条，扣 5% 无误。");
        driver.findElement(By.id("note-add")).click();
        assertThat(await(By.id("note-ok")).getText()).isEqualTo("已添加复核意见。");
        assertThat(await(By.id("notes-list")).getText()).contains("19950条 未达 2万条，扣 5% 无误。")
                .contains("针对 部门整体/全年监测舆情信息数量");
        shot("note-added");

        logout(driver);
        login(served.demo.login(Role.DEPARTMENT, WorkbenchApiTest.GUANGYANG));
        await(By.id("score"));
        driver.get(served.base() + "/departments/" + guangyang + "/years/2023");
        assertThat(await(By.id("notes-list")).getText()).contains("19950条 未达 2万条，扣 5% 无误。");
        assertThat(driver.findElements(By.id("note-form"))).isEmpty();
        shot("note-seen");
    }

    @Test
    void theBureauSeesTheOverviewInChinese() throws Exception {
        login(served.demo.login(Role.BUREAU, null));
        WebElement ranking = await(By.id("ranking"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("部门绩效总览");
        assertThat(ranking.getText()).contains("排名").contains("等级").contains("结果应用").contains("优先保障");
        assertThat(driver.findElement(By.id("categories")).getText()).contains("分类得分率").contains("产出指标");
        assertThat(driver.findElement(By.id("lights")).getText()).contains("监控灯");
        shot("overview");
        // the filter by grade: no department of the latest year is 差
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-grade"))).selectByValue("差");
        driver.findElement(By.id("filter")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("grade="));
        assertThat(driver.findElements(By.cssSelector("#ranking tbody tr"))).isEmpty();
    }

    @Test
    void anAdminAddsAndDisablesAnAccount() throws Exception {
        login(served.demo.login(Role.ADMIN, null));
        await(By.id("users-link")).click();
        await(By.id("users"));
        driver.findElement(By.id("new-name")).sendKeys("sun");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("new-role"))).selectByValue("department");
        driver.findElement(By.id("new-department")).sendKeys("石峰");
        driver.findElement(By.id("new-password")).sendKeys("correct horse");
        driver.findElement(By.id("new-add")).click();
        assertThat(await(By.id("accounts-ok")).getText()).isEqualTo("已添加账户 sun。");
        assertThat(await(By.id("user-sun")).getText()).contains("中共株洲市石峰区委网络安全和信息化委员会办公室")
                .contains("启用");
        driver.findElement(By.cssSelector("#user-sun button.toggle")).click();
        wait(20).until(ExpectedConditions.textToBe(By.cssSelector("#user-sun .state"), "已停用"));
        shot("users");
        assertThat(new io.jixiao.store.Users(served.demo.store()).find("sun").orElseThrow().disabled()).isTrue();
    }
}
