/** The {@code gonogo.yml} configuration: finding it, reading it strictly, its JSON Schema. */
package dev.gonogo.config;
