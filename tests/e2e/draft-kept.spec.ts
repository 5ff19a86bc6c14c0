// The draft is never lost. When a field rejects or alters an edit made by the extension (« Corriger » or the
// popup's « Insérer »), the field keeps what the user typed, and the text is offered to copy instead.

import { widenDeletion } from "../../extension/content/edits";
import { expect, test } from "./support/extension";
import type { Page } from "./support/extension";
import { openPopupFor } from "./support/extension-pages";
import { openTooltip, REPLY, typeAndWait } from "./support/flow";
import type { BoxUnderTest } from "./support/flow";
import { waitForChecked } from "./support/signal";

const DOCTOLIB = { url: "https://pro.doctolib.fr/reviews", file: "doctolib-reviews.html" };

/** Adds a page script that puts back the last typed text after any input event no key press led to. */
async function rejectProgrammaticEdits(page: Page): Promise<void> {
  await page.evaluate(() => {
    const textarea = document.querySelector("textarea") as HTMLTextAreaElement;
    let typed = textarea.value;
    let keyPressed = false;
    textarea.addEventListener("keydown", () => (keyPressed = true));
    textarea.addEventListener("input", () => {
      if (keyPressed) {
        typed = textarea.value;
        keyPressed = false;
      } else {
        textarea.value = typed;
      }
    });
  });
}

/**
 * Adds a page script that appends a space when an edit no key press led to makes the reply shorter, so that
 * the field holds a text other than the one the extension wrote. A longer text, such as the draft put back,
 * is left as it is.
 */
async function padShortenedReply(page: Page): Promise<void> {
  await page.evaluate(() => {
    const textarea = document.querySelector("textarea") as HTMLTextAreaElement;
    let last = textarea.value;
    let keyPressed = false;
    textarea.addEventListener("keydown", () => (keyPressed = true));
    textarea.addEventListener("input", () => {
      if (!keyPressed && textarea.value.length < last.length) {
        textarea.value += " ";
      }
      keyPressed = false;
      last = textarea.value;
    });
  });
}

const FIELDS: [string, (page: Page) => Promise<void>, (corrected: string) => void][] = [
  ["rejects programmatic edits", rejectProgrammaticEdits, () => undefined],
  [
    "alters a shortened reply",
    padShortenedReply,
    (corrected) => expect(corrected.length, "the fix shortens the reply, which this field alters").toBeLessThan(REPLY.length),
  ],
];

for (const [name, addFieldScript, checkPrecondition] of FIELDS) {
  test(`Corriger on field that ${name}`, async ({ openFixture }) => {
    const page = await openFixture(DOCTOLIB);
    const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
    const checked = await typeAndWait(box, REPLY);
    await addFieldScript(page);

    const index = checked.findings.findIndex((finding) => finding.fix !== null);
    expect(index, "a finding with a fix").toBeGreaterThanOrEqual(0);
    const finding = checked.findings[index];
    const { start, end } = finding.fix === "" ? widenDeletion(REPLY, finding.start, finding.end) : finding;
    const corrected = REPLY.slice(0, start) + finding.fix + REPLY.slice(end);
    checkPrecondition(corrected);

    const tooltip = await openTooltip(box, index, finding);
    await tooltip.locator("button.fix").click();

    // The notice's own text box is in its shadow root, which Playwright's CSS selectors also search.
    await expect(page.locator("textarea.dl-textarea"), "the draft is left as it was").toHaveValue(REPLY);
    const notice = page.locator("discret-tooltip .tooltip");
    await expect(notice.locator(".title")).toHaveText("Correction non appliquée");
    await expect(notice.locator(".line")).toHaveText(
      "Ce champ n'a pas accepté la correction : votre brouillon est resté tel quel. Copiez la réponse corrigée pour la coller vous-même.",
    );
    await expect(notice.locator("textarea.copy-text"), "the corrected reply is offered to copy").toHaveValue(corrected);
    await expect(notice.locator("textarea.copy-text")).toHaveAttribute("aria-label", "Réponse corrigée à copier");
    await notice.locator("button.copy").click();
    await expect(notice.locator(".copy-status")).toHaveText("Texte copié.");

    const after = await waitForChecked(page, "textarea", checked.count);
    expect(after.findings.map((each) => each.rule), "the draft's findings are still drawn").toEqual(checked.findings.map((each) => each.rule));
  });
}

test("Insérer on refusing field keeps draft", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture(DOCTOLIB);
  const draft = "Bonjour Claire, merci pour votre message.";
  await typeAndWait({ page, target: page, selector: "textarea", kind: "textarea" }, draft);
  await rejectProgrammaticEdits(page);

  const popup = await openPopupFor(context, serviceWorker, page.url());
  await popup.locator(".suggestion button.insert").first().click();
  await expect(popup.locator("#popup-status")).toHaveText("Le champ n'a pas accepté le texte et n'a pas été modifié : utilisez « Copier ».");
  await expect(page.locator("textarea"), "the draft is left as it was").toHaveValue(draft);
});
