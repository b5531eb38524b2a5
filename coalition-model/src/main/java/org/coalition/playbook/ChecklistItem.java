package org.coalition.playbook;

/** One step of the method, its state computed from the coalition's data, and where it is done. */
public record ChecklistItem(String id, String label, boolean done, PlaybookPage page, String hint) {}
