/** The rules, one class each. */
package dev.gonogo.check.rules;
