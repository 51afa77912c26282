/** Reading review files: encoding detection, mojibake repair, line endings. */
package dev.gonogo.source;
