/**
 * Event writers for {@code dyad code --format}: {@link org.dyad.io.output.JsonlEventWriter} (the output contract
 * in DESIGN.md), {@link org.dyad.io.output.TsvEventWriter} (Phoenix column order, optional header) and
 * {@link org.dyad.io.output.TableEventWriter} (for a person at a terminal). {@link org.dyad.io.output.OutputFormat}
 * picks one by name.
 */
package org.dyad.io.output;
