/**
 * The published site tested where stakeholders read it: real headless Chromium (scripts, layout, colour schemes,
 * accessibility with axe-core, inert hostile content, screenshots) and the Nu HTML Checker.
 */
package dev.gonogo.browser;
