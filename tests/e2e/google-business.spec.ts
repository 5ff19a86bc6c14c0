import { STRICT_CSP, expect, test } from "./support/extension";
import { expectReplyFlow, expectUnderlinesMatchFindings, openTooltip, REPLY, typeAndWait } from "./support/flow";
import { waitForChecked } from "./support/signal";

const OUTER_URL = "https://business.google.com/reviews/l/123";
const REPLY_FRAME_URL = "https://www.google.com/local/business/123/customers/reviews/reply?hl=fr";

test("Google reply iframe, strict CSP", async ({ openFixture, unservedRequests }) => {
  const page = await openFixture({
    url: OUTER_URL,
    file: "google-business-outer.html",
    extra: [{ url: REPLY_FRAME_URL, file: "google-business-reply.html", contentType: "text/html; charset=utf-8", csp: STRICT_CSP }],
  });
  const frame = page.frame({ url: REPLY_FRAME_URL });
  expect(frame, "reply iframe loaded").not.toBeNull();

  const checked = await expectReplyFlow({ page, target: frame!, selector: "textarea", kind: "textarea" });
  expect(checked.site).toBe("google-business");
  expect(checked.context, "review and reviewer read from the page").toEqual(["review", "reviewer"]);
  expect(checked.checker, "WebAssembly is refused in the page, so the background checks").toBe("background");
  expect(unservedRequests, "requests other than the fixtures and the extension's files").toEqual([]);
});

/** Returns true when two boxes share some area; boxes that only touch do not. */
function intersects(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test("rewrite notice leaves box and badge visible", async ({ openFixture }) => {
  const page = await openFixture({
    url: OUTER_URL,
    file: "google-business-outer.html",
    extra: [{ url: REPLY_FRAME_URL, file: "google-business-reply.html", contentType: "text/html; charset=utf-8", csp: STRICT_CSP }],
  });
  // A short reply frame, as on a small laptop screen, leaves too little room for the notice below the field.
  await page.locator("iframe").evaluate((iframe: HTMLIFrameElement) => (iframe.style.height = "340px"));
  const frame = page.frame({ url: REPLY_FRAME_URL })!;
  const box = { page, target: frame, selector: "textarea", kind: "textarea" as const };
  const checked = await typeAndWait(box, REPLY);
  const tooltip = await openTooltip(box, 0, checked.findings[0]);
  await tooltip.locator("button.rewrite").click();
  await expect(frame.locator("discret-overlay")).toHaveAttribute("data-discret-rewrite", "applied");

  const notice = frame.locator("discret-tooltip .tooltip");
  await expect(notice.locator(".title")).toHaveText("Réponse réécrite");
  const field = (await frame.locator("textarea.w9Rt").boundingBox())!;
  const badge = (await frame.locator("discret-overlay .badge").boundingBox())!;
  expect(intersects((await notice.boundingBox())!, field), "the collapsed notice leaves the reply box uncovered").toBe(false);
  expect(intersects((await notice.boundingBox())!, badge), "the collapsed notice leaves the badge uncovered").toBe(false);

  const toggle = notice.locator("button.details-toggle");
  await expect(toggle).toHaveText("Détails");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(notice.locator(".details")).toBeHidden();
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle, "the keyboard opens the details").toHaveAttribute("aria-expanded", "true");
  await expect(toggle).toHaveText("Masquer les détails");
  await expect(notice.locator(".details")).toBeVisible();
  expect(intersects((await notice.boundingBox())!, field), "the open notice leaves the reply box uncovered").toBe(false);
  expect(intersects((await notice.boundingBox())!, badge), "the open notice leaves the badge uncovered").toBe(false);
});

test("worker stopped mid-typing restarts", async ({ openFixture, serviceWorker }) => {
  const page = await openFixture({
    url: OUTER_URL,
    file: "google-business-outer.html",
    extra: [{ url: REPLY_FRAME_URL, file: "google-business-reply.html", contentType: "text/html; charset=utf-8", csp: STRICT_CSP }],
  });
  const frame = page.frame({ url: REPLY_FRAME_URL })!;
  const box = { page, target: frame, selector: "textarea", kind: "textarea" as const };
  const before = "Bonjour, merci pour votre avis.";
  const first = await typeAndWait(box, before);

  // Stops the worker as Chrome does after 30 s idle; Playwright's Worker "close" event comes late for that.
  const cdp = await page.context().newCDPSession(page);
  const statuses: string[] = [];
  const stopped = new Promise<void>((resolve) => {
    cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
      for (const version of versions.filter((each) => each.scriptURL === serviceWorker.url())) {
        statuses.push(version.runningStatus);
        if (version.runningStatus === "stopped") {
          resolve();
        }
      }
    });
  });
  await cdp.send("ServiceWorker.enable");

  // The worker stops while the user types. Keystrokes 120 ms apart, longer than the debounce, send a check
  // each, so checks keep going to the worker as it stops and starts again.
  const textarea = frame.locator("textarea");
  const typed = " Je vous ai reçue le 12 mars";
  const typing = textarea.pressSequentially(typed, { delay: 120 });
  await frame.waitForFunction(() => (document.querySelector("textarea") as HTMLTextAreaElement).value.includes("Je vous"));
  await cdp.send("ServiceWorker.stopAllWorkers");
  const atStop = await textarea.inputValue();
  await typing;
  await stopped;
  expect(atStop.length, "the worker stopped before the typing ended").toBeLessThan((before + typed).length);

  // The next keystroke is checked and underlined.
  await textarea.press(".");
  const second = await waitForChecked(frame, "textarea", first.count);
  expect(second.checker).toBe("background");
  expect(second.findings.map((finding) => finding.category), "findings of the text typed around the stop").toEqual(expect.arrayContaining(["visit_confirmation", "date_or_time"]));
  await expectUnderlinesMatchFindings(box, second.findings);
  expect(statuses.slice(statuses.indexOf("stopped")), "the worker ran again after it stopped").toContain("running");
});
