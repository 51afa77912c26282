/**
 * The model's public JSON: DTO records mirroring {@code dev.gonogo.model}, the mapper that fills them, the writer
 * and the JSON Schema generated from them. Internals of the model may change; this shape stays.
 */
package dev.gonogo.report.json;
