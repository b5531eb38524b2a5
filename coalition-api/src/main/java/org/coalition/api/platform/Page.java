package org.coalition.api.platform;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: its items, which page of what size, and how many items there are in all.
 *
 * @param page  zero-based page number
 * @param total how many items all pages hold together
 */
@Schema(description = "A page of a list")
public record Page<T>(List<T> items, int page, int size, long total) {}
