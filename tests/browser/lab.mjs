// Drives JupyterLab in Debian's headless Chromium the way a student uses it: open notebook 01,
// Run → Run All Cells, read the summary and the chart on the page; open notebook 06, change the
// knob `fc6Units` from 4096 to 2048 in the editor, re-run that cell and the chart below it, and
// read the new total. On opening each notebook the kernel must read "Idle" before any cell runs.
// Started by test_browser_lab.py, which owns the JupyterLab server.
//
//   LAB_URL=http://127.0.0.1:PORT LAB_TOKEN=... ARTIFACTS=dir node lab.mjs
//
// Exits 0 when every check held; otherwise prints what failed (and the page's error outputs)
// and exits 1. Screenshots of each stage, and of the page at a failure, go to ARTIFACTS.

import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const LAB_URL = need('LAB_URL');
const TOKEN = need('LAB_TOKEN');
const ARTIFACTS = need('ARTIFACTS');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Generous: the first cell starts a JVM and loads the 190 MB library jar on a busy 2-core machine.
const RUN_ALL_TIMEOUT = Number(process.env.RUN_ALL_TIMEOUT_MS || 600_000);
const STEP_TIMEOUT = 60_000;
// From the kernel's name in the toolbar (the server has started the JVM) to its status "idle".
const KERNEL_IDLE_TIMEOUT = 120_000;

// Chromium's own background traffic is refused on our closed network; these flags keep it quiet.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function need(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function log(message) {
  process.stdout.write(`lab.mjs: ${message}\n`);
}

class Check extends Error {}

function check(condition, message) {
  if (!condition) throw new Check(message);
}

mkdirSync(ARTIFACTS, { recursive: true });
let shot = 0;
async function screenshot(page, name) {
  const file = join(ARTIFACTS, `${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot ${file}`);
}

/** The notebook panel on screen (JupyterLab hides the panels of the other tabs). */
function activePanel(page) {
  return page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');
}

/** Opens a notebook from JupyterLab's file browser, as a student would, and waits for its kernel. */
async function openFromFileBrowser(page, fileName) {
  const item = page.locator('.jp-DirListing-item', { hasText: fileName });
  // The sidebar's tab toggles the file browser: click it only when the browser is closed.
  if (!(await item.first().isVisible())) await page.getByRole('tab', { name: /File Browser/ }).first().click();
  await item.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await item.first().dblclick();
  const tab = page.locator('.lm-TabBar-tab.lm-mod-current', { hasText: fileName });
  await tab.waitFor({ timeout: STEP_TIMEOUT });
  await kernelReady(page);
}

/**
 * Waits until the active notebook has a kernel: its name in the toolbar, and the status "idle"
 * before any cell has run. (Our kernel once read "Unknown" here until its first cell: it did not
 * answer the history request JupyterLab sends on opening a notebook, whose idle is the first
 * status JupyterLab shows. See tests/faults/test_faults_protocol.py.)
 */
async function kernelReady(page) {
  const panel = activePanel(page);
  await panel.waitFor({ timeout: STEP_TIMEOUT });
  await panel.locator('.jp-KernelName', { hasText: /java/i }).first().waitFor({ timeout: RUN_ALL_TIMEOUT });
  // The status bar names the kernel and its status in one item ("Java 17 (…) | Idle"); the
  // notebook's own indicator reads "idle" even while the notebook still has no kernel.
  const status = () => page.evaluate(() => {
    const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
    const indicator = panel && panel.querySelector('.jp-Notebook-ExecutionIndicator');
    const bar = [...document.querySelectorAll('.jp-StatusBar-TextItem')]
      .map(item => item.textContent.trim()).find(text => /\|\s*\S+$/.test(text) && /java/i.test(text));
    return { indicator: indicator && indicator.getAttribute('data-status'), bar };
  });
  const deadline = Date.now() + KERNEL_IDLE_TIMEOUT;
  let now = await status();
  while (!(now.indicator === 'idle' && /java.*\|\s*Idle$/i.test(now.bar || ''))) {
    check(Date.now() < deadline, `the kernel did not show as idle within ${KERNEL_IDLE_TIMEOUT / 1000} s of `
      + `opening the notebook: status bar "${now.bar}", indicator "${now.indicator}"`);
    await page.waitForTimeout(250);
    now = await status();
  }
  const prompts = await activePanel(page).locator('.jp-CodeCell .jp-InputArea-prompt').allTextContents();
  check(prompts.every(p => !/\d|\*/.test(p)), `a cell ran before the kernel was checked: ${prompts.join(' ')}`);
}

/** Prompts of the active notebook's code cells: "[3]:", "[*]:" (running or queued) or "[ ]:". */
async function prompts(page) {
  return activePanel(page).locator('.jp-CodeCell .jp-InputArea-prompt').allTextContents();
}

/**
 * Waits until every code cell of the active notebook has run: a number in each prompt, none
 * running or queued, and the kernel idle. Fails at once, with the error, if a cell failed.
 */
async function waitForAllCells(page) {
  const started = Date.now();
  await page.waitForFunction(() => {
    const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
    if (!panel) return false;
    if (panel.querySelector('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')) return true;
    const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent.trim());
    const indicator = panel.querySelector('.jp-Notebook-ExecutionIndicator');
    return prompts.length > 0 && prompts.every(p => /^\[\d+\]:$/.test(p))
      && indicator && indicator.getAttribute('data-status') === 'idle';
  }, null, { timeout: RUN_ALL_TIMEOUT, polling: 500 });
  await failOnErrorOutputs(page);
  return (Date.now() - started) / 1000;
}

async function failOnErrorOutputs(page) {
  const errors = await activePanel(page)
    .locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').allTextContents();
  check(errors.length === 0, `a cell printed an error:\n${errors.join('\n---\n')}`);
}

/** Run → Run All Cells, through JupyterLab's menu bar. */
async function runAllFromMenu(page) {
  await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Run$/ }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();
}

/** The code cell whose editor holds `text`. */
function cellWithCode(page, text) {
  return activePanel(page).locator('.jp-CodeCell').filter({ has: page.locator('.cm-line', { hasText: text }) });
}

/** Facts about the PNG in a cell's output, as the browser decoded it. */
async function pngOf(cell) {
  const img = cell.locator('.jp-OutputArea-output img');
  await img.first().scrollIntoViewIfNeeded();
  await img.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  return img.first().evaluate(async el => {
    if (!el.complete) await new Promise(resolve => el.addEventListener('load', resolve, { once: true }));
    const box = el.getBoundingClientRect();
    return { src: el.getAttribute('src') || '', naturalWidth: el.naturalWidth, naturalHeight: el.naturalHeight,
      shownWidth: box.width, shownHeight: box.height };
  });
}

function checkChart(png, where) {
  check(png.src.startsWith('data:image/png;base64,'), `${where}: the chart is not a PNG (src ${png.src.slice(0, 40)})`);
  check(png.naturalWidth >= 400 && png.naturalHeight >= 300,
    `${where}: the chart is only ${png.naturalWidth}×${png.naturalHeight} pixels`);
  check(png.shownWidth >= 200 && png.shownHeight >= 100,
    `${where}: the chart is shown at only ${png.shownWidth}×${png.shownHeight}`);
}

/** The text of a cell's outputs once it is visible on the page. */
async function visibleOutputText(cell, expected) {
  const output = cell.locator('.jp-OutputArea-output', { hasText: expected });
  await output.first().scrollIntoViewIfNeeded();
  await output.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  return output.first().innerText();
}

async function theMystery(page) {
  // The URL opens the notebook in JupyterLab; its kernelspec (java) starts our kernel.
  await page.goto(`${LAB_URL}/lab/tree/01-the-25m-mystery.ipynb?token=${TOKEN}`);
  await kernelReady(page);
  await screenshot(page, '01-opened');
  await runAllFromMenu(page);
  const seconds = await waitForAllCells(page);
  log(`01: Run All Cells finished in ${seconds.toFixed(1)} s; prompts ${(await prompts(page)).join(' ')}`);

  const summaryCell = cellWithCode(page, 'ParamCount.classicSummary(seed)');
  const summary = await visibleOutputText(summaryCell, 'Total params: 25,678,184');
  check(summary.includes('Model: "sequential"'), `01: the classic summary has no model line:\n${summary}`);
  check(/dense_2 \(Dense\)\s+\(None, 13, 13, 1000\)\s+4097000/.test(summary),
    `01: the classic summary lacks the dense_2 row of the question:\n${summary}`);
  check(summary.includes('Trainable params: 25,678,184'), `01: no trainable total in:\n${summary}`);
  await summaryCell.screenshot({ path: join(ARTIFACTS, `${String(++shot).padStart(2, '0')}-01-classic-summary.png`) });

  const chartCell = cellWithCode(page, 'Charts.image(Charts.paramsPerLayer(seed))');
  const chart = await pngOf(chartCell);
  checkChart(chart, '01 paramsPerLayer');
  log(`01: chart ${chart.naturalWidth}×${chart.naturalHeight}, shown at ${Math.round(chart.shownWidth)}×${Math.round(chart.shownHeight)}`);
  await screenshot(page, '01-chart');
}

async function tweakIt(page) {
  await openFromFileBrowser(page, '06-tweak-it-yourself.ipynb');
  await screenshot(page, '06-opened');
  await runAllFromMenu(page);
  const seconds = await waitForAllCells(page);
  log(`06: Run All Cells finished in ${seconds.toFixed(1)} s`);

  const knob = cellWithCode(page, 'int fc6Units = 4096;');
  const before = await visibleOutputText(knob, '60,965,224 parameters in total');
  check(before.includes('fc6 with 4,096 units'), `06: unexpected knob output before the edit:\n${before}`);
  const chartCell = cellWithCode(page, 'Charts.image(Charts.paramsPerLayer(tweaked))');
  const chartBefore = await pngOf(chartCell);
  checkChart(chartBefore, '06 chart before the edit');
  const promptBefore = await knob.locator('.jp-InputArea-prompt').textContent();

  // Edit as a student does: click into the line, delete "4096;" and type "2048;".
  const line = knob.locator('.cm-line', { hasText: 'int fc6Units = 4096;' });
  await line.click();
  await page.keyboard.press('End');
  for (let i = 0; i < '4096;'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('2048;');
  const edited = cellWithCode(page, 'int fc6Units = 2048;');
  await edited.waitFor({ timeout: STEP_TIMEOUT });
  await screenshot(page, '06-edited');

  // Shift+Enter runs the cell and moves to the next one (the chart); Shift+Enter again runs that.
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  const after = await visibleOutputText(edited, '33,700,200 parameters in total');
  check(after.includes('fc6 with 2,048 units'), `06: unexpected knob output after the edit:\n${after}`);
  check(!after.includes('60,965,224 parameters in total'), `06: the old total is still shown:\n${after}`);
  const promptAfter = await edited.locator('.jp-InputArea-prompt').textContent();
  check(promptAfter !== promptBefore, `06: the knob cell's prompt did not change (${promptBefore})`);

  // The chart cell re-ran: a new image, as large as before.
  await page.waitForFunction(
    ([code, oldSrc]) => {
      const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
      const cells = [...panel.querySelectorAll('.jp-CodeCell')];
      const cell = cells.find(c => c.querySelector('.jp-InputArea-editor')?.textContent.includes(code));
      const img = cell && cell.querySelector('.jp-OutputArea-output img');
      return img && img.getAttribute('src') !== oldSrc && img.complete;
    },
    ['Charts.image(Charts.paramsPerLayer(tweaked))', chartBefore.src],
    { timeout: STEP_TIMEOUT, polling: 250 });
  const chartAfter = await pngOf(chartCell);
  checkChart(chartAfter, '06 chart after the edit');
  await waitForIdle(page);
  await failOnErrorOutputs(page);
  await edited.scrollIntoViewIfNeeded();
  await screenshot(page, '06-new-total');
  log('06: the edit gave 33,700,200 and a new chart');
}

async function waitForIdle(page) {
  await page.waitForFunction(() => {
    const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
    const indicator = panel && panel.querySelector('.jp-Notebook-ExecutionIndicator');
    const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent.trim());
    return indicator && indicator.getAttribute('data-status') === 'idle' && !prompts.includes('[*]:');
  }, null, { timeout: RUN_ALL_TIMEOUT, polling: 250 });
}

const consoleLines = [];

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  let page;
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    // Leaving a page with unsaved notebooks asks "leave site?": say yes rather than hang.
    page.on('dialog', dialog => dialog.accept());
    // The page's own errors, kept for the failure report (JupyterLab logs kernel trouble here).
    page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') consoleLines.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', e => consoleLines.push(`pageerror: ${e.message}`));
    await theMystery(page);
    await tweakIt(page);
    log('all checks held');
    return 0;
  } catch (error) {
    log(`FAILED: ${error instanceof Check ? error.message : error.stack}`);
    if (page) {
      await screenshot(page, 'failure').catch(() => {});
      const errors = await page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
        .allTextContents().catch(() => []);
      if (errors.length) log(`error outputs on the page:\n${errors.join('\n---\n')}`);
      log(`prompts: ${(await prompts(page).catch(() => [])).join(' ')}`);
      log(`browser console (errors and warnings, last 40):\n${consoleLines.slice(-40).join('\n')}`);
    }
    return 1;
  } finally {
    await browser.close();
  }
}

process.exitCode = await main();
