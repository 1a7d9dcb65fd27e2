// Loaded on demand by LazyMotion: layout animations need the full domMax feature set.
import { domMax } from 'framer-motion';

export default domMax;
