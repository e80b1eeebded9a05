#!/usr/bin/env python3
"""Drive a running Fazhi server with headless Chromium (Selenium + Debian's chromedriver).

Called by scripts/browser-smoke.sh, which builds and starts the server. It can also be run
against any server you started yourself:

    python3 scripts/browser_smoke.py --base-url http://127.0.0.1:8080

The flow: public home -> login page -> log in as demo-admin -> workbench and each admin page
-> log out -> /workbench must send the browser back to /login. Every page must have an <h1>
and must not be the Chinese error page. Any HTTP 5xx (documents and sub-resources alike) and
any SEVERE browser console message fails the run. A PNG screenshot of every page is saved.
Nothing is downloaded: the browser and driver are Debian's /usr/bin/chromium and
/usr/bin/chromedriver.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# Never let Selenium Manager try to fetch a driver or a browser.
os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import TimeoutException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

# Titles of the server's Chinese error page (Sources/FazhiWeb/Pages/ErrorPage.swift).
ERROR_TITLES = ("系统错误", "页面不存在", "无权访问", "请求有误")

# The pages a logged-in administrator visits, in order: (path, file name stem).
ADMIN_PAGES = [
    ("/workbench", "workbench"),
    ("/admin/orgs", "admin-orgs"),
    ("/admin/users", "admin-users"),
    ("/admin/audit", "admin-audit"),
    ("/admin/tokens", "admin-tokens"),
    ("/admin/calendar", "admin-calendar"),
    ("/deadlines", "deadlines"),
    ("/deadlines?filter=all", "deadlines-all"),
    ("/notifications", "notifications"),
    ("/account/password", "account-password"),
    ("/directory", "directory"),
    ("/calendar/2026", "calendar-2026"),
    ("/ledger", "ledger-key"),
    ("/ledger/entries/0", "ledger-receipt"),
    ("/ledger/verify", "ledger-verify"),
    ("/plans", "plans"),
    ("/plans/import", "plan-import"),
    ("/inspections", "inspections"),
    ("/inspections/findings?standing=overdue", "inspection-overdue"),
    ("/assessments", "assessments"),
    ("/reports", "reports"),
    ("/normative", "normative"),
    ("/normative/new", "normative-new"),
    ("/normative?view=overdue", "normative-overdue"),
    ("/normative/statistics", "normative-statistics"),
    ("/normative/cleanups", "normative-cleanups"),
    ("/normative/expiring", "normative-expiring"),
    ("/normative/rules", "normative-rules"),
    ("/documents", "documents"),
    ("/documents/catalogue", "documents-catalogue"),
    ("/documents/drafts", "documents-drafts"),
    ("/documents/suggestions", "documents-suggestions"),
    ("/enforcement", "enforcement"),
    ("/enforcement?view=all", "enforcement-all"),
    ("/enforcement/new", "enforcement-new"),
    ("/enforcement/new?procedure=simplified", "enforcement-new-on-the-spot"),
    ("/enforcement/alerts", "enforcement-alerts"),
    ("/enforcement/supervision", "enforcement-supervision"),
    ("/enforcement/supervision?box=issued&overdue=true", "enforcement-supervision-overdue"),
    ("/enforcement/inspections", "enforcement-inspections"),
    ("/enforcement/inspections?alerted=true", "enforcement-inspections-alerted"),
    ("/enforcement/policy", "enforcement-policy"),
    ("/enforcement/transfers", "enforcement-transfers"),
    ("/enforcement/transfers?view=overdue", "enforcement-transfers-overdue"),
    ("/enforcement/transfers/new", "enforcement-transfer-new"),
    ("/enforcement/complaints", "enforcement-complaints"),
    ("/enforcement/complaints?overdue=true", "enforcement-complaints-overdue"),
    ("/enforcement/reviews", "enforcement-reviews"),
    ("/enforcement/reviews/new", "enforcement-review-new"),
    ("/publicity", "publicity"),
    ("/complaints", "complaints-form"),
    ("/complaints/status", "complaints-status-lookup"),
]


class SmokeFailure(Exception):
    """A failure after which continuing makes no sense."""


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)
    pages: list[dict] = field(default_factory=list)
    responses: int = 0

    def fail(self, message: str) -> None:
        print(f"  FAIL  {message}", flush=True)
        self.failures.append(message)


def first_existing(*paths: str) -> str | None:
    for path in paths:
        if path and os.path.exists(path):
            return path
    return None


def make_driver(args: argparse.Namespace, profile_dir: str) -> webdriver.Chrome:
    browser = first_existing(args.chromium, "/usr/bin/chromium", "/usr/bin/chromium-browser")
    driver_path = first_existing(args.chromedriver, "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
    if browser is None:
        raise SmokeFailure("Chromium not found (apt-get install -y chromium)")
    if driver_path is None:
        raise SmokeFailure("chromedriver not found (apt-get install -y chromium-driver)")

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--metrics-recording-only",
        "--password-store=basic",
        "--lang=zh-CN",
        f"--window-size={args.window_size}",
        f"--user-data-dir={profile_dir}",
    ):
        options.add_argument(flag)
    # Console messages ("browser") and network events ("performance") for the checks below.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    options.add_experimental_option("prefs", {"credentials_enable_service": False})

    service = Service(executable_path=driver_path, log_output=os.path.join(profile_dir, "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(args.timeout)
    return driver


class Smoke:
    def __init__(self, driver: webdriver.Chrome, args: argparse.Namespace, report: Report) -> None:
        self.driver = driver
        self.base = args.base_url.rstrip("/")
        self.shots = args.screenshots
        self.timeout = args.timeout
        self.report = report
        self.step = 0
        self.window = tuple(int(v) for v in args.window_size.split(","))

    # -- helpers ---------------------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.base + path

    def path(self) -> str:
        return urlsplit(self.driver.current_url).path

    def drain_logs(self, label: str) -> None:
        """Checks the network and console logs gathered since the last call."""
        try:
            perf = self.driver.get_log("performance")
        except WebDriverException as error:  # pragma: no cover - depends on the driver
            self.report.fail(f"{label}: cannot read the performance log: {error.msg}")
            perf = []
        for entry in perf:
            try:
                message = json.loads(entry["message"])["message"]
            except (KeyError, ValueError):
                continue
            if message.get("method") != "Network.responseReceived":
                continue
            response = message.get("params", {}).get("response", {})
            status = int(response.get("status", 0))
            url = response.get("url", "")
            if not url.startswith(self.base):
                continue
            self.report.responses += 1
            if status >= 500:
                self.report.fail(f"{label}: HTTP {status} from {url}")

        for entry in self.driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                self.report.fail(f"{label}: browser console error: {entry.get('message')}")

    def screenshot(self, name: str) -> str:
        self.step += 1
        file = os.path.join(self.shots, f"{self.step:02d}-{name}.png")
        # Capture the whole page, not only the window: widen the window to the page height.
        try:
            height = int(self.driver.execute_script(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);"))
            width = self.driver.get_window_size()["width"]
            self.driver.set_window_size(width, max(600, min(height + 120, 6000)))
        except WebDriverException:
            pass
        self.driver.save_screenshot(file)
        try:
            self.driver.set_window_size(*self.window)
        except WebDriverException:
            pass
        return file

    def check_page(self, name: str, expect_path: str | None = None, expect_h1: str | None = None) -> None:
        """Asserts the current page is a real page (has an <h1>, is not an error page)."""
        driver = self.driver
        current = self.path()
        title = driver.title
        h1s = [el.text.strip() for el in driver.find_elements(By.TAG_NAME, "h1")]
        error_page = driver.find_elements(By.CSS_SELECTOR, ".error-page")
        shot = self.screenshot(name)
        ok_before = len(self.report.failures)

        if expect_path is not None and current != expect_path:
            self.report.fail(f"{name}: expected to be on {expect_path}, but the browser is on {current}")
        if not h1s or not h1s[0]:
            self.report.fail(f"{name}: page {current} has no <h1>")
        if error_page or any(h in ERROR_TITLES for h in h1s) or any(t in title for t in ERROR_TITLES):
            self.report.fail(f"{name}: page {current} is an error page (title {title!r}, h1 {h1s!r})")
        if expect_h1 is not None and expect_h1 not in h1s:
            self.report.fail(f"{name}: expected <h1> {expect_h1!r} on {current}, found {h1s!r}")
        self.drain_logs(name)

        sheets = driver.execute_script("return document.styleSheets.length;")
        if not sheets:
            self.report.fail(f"{name}: no stylesheet applied on {current}")

        status = "ok" if len(self.report.failures) == ok_before else "FAILED"
        print(f"  {status:4}  {current:<20} h1={h1s[0] if h1s else '-'!r:<24} title={title!r} -> {shot}",
              flush=True)
        self.report.pages.append({"name": name, "path": current, "title": title, "h1": h1s,
                                  "screenshot": shot, "ok": status == "ok"})

    def open(self, path: str) -> None:
        try:
            self.driver.get(self.url(path))
        except TimeoutException as error:
            raise SmokeFailure(f"loading {path} timed out after {self.timeout}s") from error

    def wait_for_path(self, path: str, what: str) -> None:
        try:
            WebDriverWait(self.driver, self.timeout).until(lambda d: urlsplit(d.current_url).path == path)
        except TimeoutException as error:
            self.screenshot(f"{what}-stuck")
            raise SmokeFailure(f"{what}: expected to arrive at {path}, stuck at {self.path()}") from error

    # -- the flow --------------------------------------------------------------------------

    def walk_first_link(self, start: str, selector: str, name: str, exclude: str | None = None,
                        optional: bool = False) -> None:
        """Opens `start`, follows the first link matching `selector` (and not starting with `exclude`), checks it.
        With `optional`, a page without such a link is skipped (demo data that may not exist yet)."""
        if self.path() != urlsplit(start).path or urlsplit(start).query:
            self.open(start)
        links = [urlsplit(a.get_attribute("href") or "") for a in self.driver.find_elements(By.CSS_SELECTOR, selector)]
        links = [link for link in links if link.path and not (exclude and link.path.startswith(exclude))]
        if not links:
            if optional:
                print(f"  skip  {name}: no link matching {selector} on {start}", flush=True)
                return
            self.report.fail(f"{name}: no link matching {selector} on {start}")
            return
        self.open(links[0].path + (f"?{links[0].query}" if links[0].query else ""))
        self.check_page(name, expect_path=links[0].path)

    def run(self, username: str, password: str) -> None:
        driver = self.driver
        print("Public home page", flush=True)
        self.open("/")
        self.check_page("home", expect_path="/")

        print("Library (public): search, a document, its versions compared, an article", flush=True)
        self.open("/laws")
        self.check_page("laws", expect_path="/laws")
        box = driver.find_element(By.ID, "f-q")
        box.send_keys("行政执法监督")
        driver.find_element(By.CSS_SELECTOR, "form.law-search button[type='submit']").click()
        try:
            WebDriverWait(driver, self.timeout).until(lambda d: "q=" in d.current_url)
        except TimeoutException as error:
            raise SmokeFailure("library search: the form did not submit") from error
        self.check_page("laws-search", expect_path="/laws")
        if "<mark>" not in driver.page_source:
            self.report.fail("library search: no highlighted match in the results")
        self.walk_first_link("/laws?q=%E8%A1%8C%E6%94%BF%E6%89%A7%E6%B3%95%E7%9B%91%E7%9D%A3",
                             "ol.law-results h2 a", "law-document")
        document = self.path()
        self.walk_first_link(document, "a[href*='/compare?']", "law-compare")
        self.walk_first_link(document, "a.article-number", "law-article")

        print("Login", flush=True)
        links = driver.find_elements(By.CSS_SELECTOR, "a[href='/login']")
        if links:
            links[0].click()
            self.wait_for_path("/login", "login link")
        else:
            self.report.fail("home: no link to /login")
            self.open("/login")
        self.check_page("login", expect_path="/login")

        form = driver.find_elements(By.CSS_SELECTOR, "form[action='/login']")
        if not form:
            raise SmokeFailure("login: no <form action='/login'> on the login page")
        form = form[0]
        csrf = form.find_elements(By.CSS_SELECTOR, "input[type='hidden'][name='_csrf']")
        if not csrf or not csrf[0].get_attribute("value"):
            self.report.fail("login: the form has no filled hidden _csrf field")
        if driver.get_cookie("fazhi_csrf") is None:
            self.report.fail("login: no fazhi_csrf cookie was set")
        form.find_element(By.NAME, "username").send_keys(username)
        form.find_element(By.NAME, "password").send_keys(password)
        submit = form.find_elements(By.CSS_SELECTOR, "button[type='submit'], input[type='submit'], button:not([type])")
        if submit:
            submit[0].click()
        else:
            form.submit()
        self.wait_for_path("/workbench", f"log in as {username}")
        if driver.get_cookie("fazhi_session") is None:
            self.report.fail("login: no fazhi_session cookie after logging in")
        print(f"  ok    logged in as {username}", flush=True)

        print("Workbench and administration pages", flush=True)
        for path, name in ADMIN_PAGES:
            if self.path() != path:
                self.open(path)
            self.check_page(name, expect_path=urlsplit(path).path)

        print("Task ledger: the demo plan by chapter, by unit, a task", flush=True)
        self.open("/plans")
        plan_links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "table a[href^='/plans/']")
                      if "/plans/tasks/" not in (a.get_attribute("href") or "")]
        if not plan_links:
            self.report.fail("plans: the demo region has no plan in the ledger list")
        else:
            plan_path = urlsplit(plan_links[0]).path
            self.open(plan_path)
            self.check_page("plan-ledger", expect_path=plan_path)
            self.open(plan_path + "?view=units")
            self.check_page("plan-units", expect_path=plan_path)
            self.open(plan_path)
            tasks = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a[href^='/plans/tasks/']")]
            if not tasks:
                self.report.fail("plan ledger: no task links")
            else:
                task_path = urlsplit(tasks[0]).path
                self.open(task_path)
                self.check_page("plan-task", expect_path=task_path)

        print("Inspection: the demo campaign, a finding, the statistics", flush=True)
        self.walk_first_link("/inspections", "table a[href^='/inspections/']", "inspection-campaign",
                             exclude="/inspections/findings")
        self.walk_first_link(self.path(), "a[href^='/inspections/findings/']", "inspection-finding")
        self.open("/inspections/statistics")
        self.check_page("inspection-statistics", expect_path="/inspections/statistics")

        print("Normative documents: a demo document with its history and deadline", flush=True)
        self.walk_first_link("/normative", "table a[href^='/normative/']", "normative-document")
        self.walk_first_link("/documents/drafts", "a[href^='/documents/drafts/']", "documents-draft")
        self.walk_first_link("/documents", "table a[href^='/documents/']", "documents-document",
                             exclude="/documents/catalogue")

        print("Enforcement: a demo case with its steps and deadline, a published decision", flush=True)
        self.walk_first_link("/enforcement?view=all", "table a[href^='/enforcement/']", "enforcement-case",
                             optional=True)
        self.walk_first_link("/publicity", "table a[href^='/publicity/']", "publicity-decision", optional=True)
        self.walk_first_link("/enforcement/supervision", "table a[href^='/enforcement/supervision/']",
                             "enforcement-supervision-notice", optional=True)
        self.walk_first_link("/enforcement/alerts", "a[href^='/enforcement/supervision/new']",
                             "enforcement-supervision-new", optional=True)
        self.walk_first_link("/enforcement/transfers?view=all", "table a[href^='/enforcement/transfers/']",
                             "enforcement-transfer", optional=True)
        self.walk_first_link("/enforcement/complaints", "table a[href^='/enforcement/complaints/']",
                             "enforcement-complaint", optional=True)
        self.walk_first_link("/enforcement/reviews", "table a[href^='/enforcement/reviews/']", "enforcement-review",
                             optional=True)
        self.walk_first_link(self.path(), "table a[href*='/files/']", "enforcement-review-file", optional=True)

        print("Assessment: the demo system, round and a unit's scorecard", flush=True)
        self.walk_first_link("/assessments", "a[href^='/assessments/systems/']", "assessment-system")
        self.walk_first_link("/assessments", "a[href^='/assessments/rounds/']", "assessment-round")
        self.walk_first_link(self.path(), "a[href*='/units/']", "assessment-scorecard")

        print("Annual report: draft this year's report of the office's government", flush=True)
        self.open("/reports")
        driver.find_element(By.CSS_SELECTOR, "form[action='/reports'] button[type='submit']").click()
        try:
            WebDriverWait(driver, self.timeout).until(lambda d: urlsplit(d.current_url).path.startswith("/reports/"))
        except TimeoutException as error:
            raise SmokeFailure(f"annual report: no redirect to the draft (browser is on {self.path()})") from error
        self.check_page("annual-report")
        if "暂缺" not in driver.page_source or "口径" not in driver.page_source:
            self.report.fail("annual report: no figures with definitions, or no missing figure marked")

        print("Register a deadline through the form", flush=True)
        self.open("/deadlines/new")
        self.check_page("deadline-new", expect_path="/deadlines/new")
        driver.find_element(By.ID, "f-subject").send_keys("浏览器冒烟测试 · 作出处罚决定")
        Select(driver.find_element(By.ID, "f-ruleID")).select_by_value("punishment.decision")
        driver.find_element(By.CSS_SELECTOR, "form[action='/deadlines'] button[type='submit']").click()
        try:
            WebDriverWait(driver, self.timeout).until(lambda d: urlsplit(d.current_url).path.startswith("/deadlines/")
                                                      and urlsplit(d.current_url).path != "/deadlines/new")
        except TimeoutException as error:
            raise SmokeFailure(f"deadline form: no redirect to the new deadline (browser is on {self.path()})") from error
        self.check_page("deadline-detail")
        if "计算说明" not in driver.page_source or "行政处罚法" not in driver.page_source:
            self.report.fail("deadline detail: no explanation citing 行政处罚法")

        print("Logout", flush=True)
        buttons = driver.find_elements(By.CSS_SELECTOR, "form[action='/logout'] button, form[action='/logout'] input[type='submit']")
        if not buttons:
            raise SmokeFailure("logout: no logout button (form action='/logout') in the header")
        # Wait for the old page to go away (its button goes stale), not only for the address to
        # change: reading the next page's <h1> while the old one is unloading raises a stale
        # element error.
        before = self.path()
        button = buttons[0]
        button.click()
        try:
            WebDriverWait(driver, self.timeout).until(expected_conditions.staleness_of(button))
            WebDriverWait(driver, self.timeout).until(lambda d: urlsplit(d.current_url).path != before)
        except TimeoutException as error:
            raise SmokeFailure("logout: the browser stayed on the page after clicking 退出") from error
        self.check_page("after-logout")

        print("Workbench after logout", flush=True)
        self.open("/workbench")
        if self.path() != "/login":
            self.report.fail(f"after logout: /workbench did not redirect to /login (browser is on {self.path()})")
        self.check_page("workbench-after-logout", expect_path="/login")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://127.0.0.1:8080")
    parser.add_argument("--username", default="demo-admin")
    parser.add_argument("--password", default="fazhi-demo-2026")
    parser.add_argument("--screenshots", default="screenshots")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM_BIN"))
    parser.add_argument("--chromedriver", default=os.environ.get("CHROMEDRIVER_BIN"))
    parser.add_argument("--window-size", default="1280,900")
    parser.add_argument("--timeout", type=int, default=30, help="seconds per page load or wait")
    args = parser.parse_args()

    os.makedirs(args.screenshots, exist_ok=True)
    report = Report()
    profile_dir = tempfile.mkdtemp(prefix="fazhi-chromium-")
    driver = None
    started = time.monotonic()
    try:
        driver = make_driver(args, profile_dir)
        print(f"Browser: {driver.capabilities.get('browserName')} {driver.capabilities.get('browserVersion')}",
              flush=True)
        Smoke(driver, args, report).run(args.username, args.password)
    except SmokeFailure as error:
        report.fail(str(error))
    except WebDriverException as error:
        report.fail(f"WebDriver error: {error.msg or error}")
        log = os.path.join(profile_dir, "chromedriver.log")
        if os.path.exists(log):
            with open(log, encoding="utf-8", errors="replace") as handle:
                print("--- chromedriver log (last lines) ---\n" + "".join(handle.readlines()[-20:]), file=sys.stderr)
    finally:
        if driver is not None:
            try:
                driver.quit()
            except WebDriverException:
                pass
        shutil.rmtree(profile_dir, ignore_errors=True)

    elapsed = time.monotonic() - started
    with open(os.path.join(args.screenshots, "report.json"), "w", encoding="utf-8") as handle:
        json.dump({"base_url": args.base_url, "pages": report.pages, "failures": report.failures,
                   "responses_checked": report.responses, "seconds": round(elapsed, 1)},
                  handle, ensure_ascii=False, indent=2)
    print(f"\n{len(report.pages)} pages, {report.responses} responses checked, "
          f"{len(report.failures)} failures, {elapsed:.1f}s; screenshots in {args.screenshots}/", flush=True)
    if report.failures:
        print("Browser smoke test FAILED:", file=sys.stderr)
        for failure in report.failures:
            print(f"  - {failure}", file=sys.stderr)
        return 1
    print("Browser smoke test passed.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
