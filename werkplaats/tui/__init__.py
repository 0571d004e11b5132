"""The facilitator app and the projector view (the only part of werkplaats that imports textual)."""
